using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using LegacyPress.Promo.Output;
using LegacyPress.Promo.Platforms;
using LegacyPress.Promo.Tests.Support;
using LegacyPress.TestSupport;

namespace LegacyPress.Promo.Tests.Drawing;

/// <summary>The print one-sheet's vector PDF, read back with poppler-utils: real text, and a bleed box around the trim box.</summary>
public sealed partial class PosterPdfTests
{
    [Fact]
    public void The_one_sheet_PDF_carries_the_title_as_real_text_and_a_bleed_box_outside_the_trim()
    {
        using var folder = new TempFolder();
        using var sample = new SampleServices();
        var path = folder.File("one-sheet.pdf");
        // The PDF alone: the campaign would also rasterise the ~100 megapixel PNG/JPEG, which this test does not need.
        PrintPdfWriter.Write(sample.Template(PlatformSpecs.OneSheet), sample.Services, path, null, CancellationToken.None);

        // Tracked capitals extract letter by letter ("L E G AC Y"), so compare with all whitespace removed.
        var text = Squeezed(Poppler("pdftotext", path, "-"));
        var film = SampleFilm.Film.Metadata;
        foreach (var word in Regex.Split(film.Title, @"\W+").Where(w => w.Length > 0))
        {
            Assert.Contains(Squeezed(word), text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains(Squeezed(film.Tagline!), text, StringComparison.OrdinalIgnoreCase);

        var boxes = Poppler("pdfinfo", "-box", path);
        var trim = Box(boxes, "TrimBox");
        var bleed = Box(boxes, "BleedBox");
        var media = Box(boxes, "MediaBox");
        // 0.125 in of bleed on every side is 9 pt; the page (media box) also holds the crop-mark slug.
        Assert.Equal(new[] { trim[0] - 9, trim[1] - 9, trim[2] + 9, trim[3] + 9 }, bleed, (a, b) => Math.Abs(a - b) < 0.05);
        Assert.True(media[0] <= bleed[0] && media[1] <= bleed[1] && media[2] >= bleed[2] && media[3] >= bleed[3], boxes);
        Assert.Equal((27 * 72.0, 40 * 72.0), (trim[2] - trim[0], trim[3] - trim[1]));
    }

    private static string Squeezed(string text) => Regex.Replace(text, @"\s+", "");

    private static double[] Box(string pdfinfo, string name)
    {
        var match = Regex.Match(pdfinfo, name + @":\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)");
        Assert.True(match.Success, $"no {name} in:\n{pdfinfo}");
        return match.Groups.Values.Skip(1).Select(g => double.Parse(g.Value, CultureInfo.InvariantCulture)).ToArray();
    }

    private static string Poppler(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {errors}");
        return output.Result;
    }
}
