using System.Globalization;
using System.Text.RegularExpressions;
using LegacyPress.Release.Running;
using LegacyPress.Render.Tools;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Release.Tests.Running;

/// <summary><c>captions: burn</c> means the same in a release as in <c>render</c>: the released film shows its captions.</summary>
public sealed partial class BurnedCaptionsTests : IDisposable
{
    private readonly TestFilm film = new("""
        schema: 1
        title: "Burned"
        version: 1.0.0
        output: { fps: 12 }
        audio: { captions: burn }
        cards: { opening: false, acts: false, credits: false }
        voices:
          narrator: { engine: espeak, settings: { voice: en-gb } }
        acts:
          - title: One
            shots:
              - { id: orange, image: images/a.png, motion: still, trailer: true, narration: { voice: narrator, text: "The workshop smelled of oil and old paper." } }
              - { id: blue, image: images/b.png, duration: 3, motion: still, trailer: true }
        trailer:
          length: 15
        """, ("a.png", SKColors.DarkOrange), ("b.png", SKColors.SteelBlue));

    public void Dispose() => film.Dispose();

    [Fact]
    public async Task The_released_film_shows_each_caption_while_its_cue_is_on_and_no_band_outside_it()
    {
        var report = await film.RunAsync(film.Release with { Only = new HashSet<string> { "film", "captions" } });

        Assert.True(report.Ok, report.Failure?.Message);
        var video = Path.Combine(report.OutputFolder, "film-preview.mp4");
        var (start, end) = FirstCue(File.ReadAllText(Path.Combine(report.OutputFolder, "film-preview.srt")));
        var during = await CaptionInkAsync(video, (start + end) / 2);
        var after = await CaptionInkAsync(video, end + 1.5);

        // White caption letters on a dark band in the lower part of the frame while the cue is on…
        Assert.True(during.BrightPixels > 100, $"{during.BrightPixels} bright pixels at the cue");
        Assert.True(during.BandLuma < during.StillLuma - 10, $"band luma {during.BandLuma:0} vs the still's {during.StillLuma:0}");
        // …and nothing there once it is over: the lower quarter is the flat still (its white disc stays in the middle).
        Assert.Equal(0, after.BrightPixels);
        Assert.InRange(after.BandLuma, after.StillLuma - 3, after.StillLuma + 3);
    }

    [Fact]
    public async Task A_range_render_files_its_captions_from_the_range_start_and_burns_them_where_the_file_says()
    {
        var whole = await film.RunAsync(film.Release with { Versioned = false, UseStepCache = false, Only = new HashSet<string> { "captions" } });
        Assert.True(whole.Ok, whole.Failure?.Message);
        var rangeFolder = Path.Combine(film.Folder, "range");

        var report = await film.RunAsync(new ReleaseSettings(film.Folder, rangeFolder)
        {
            Preset = film.Release.Preset,
            Versioned = false,
            UseStepCache = false,
            Only = new HashSet<string> { "film", "captions" },
            Range = new FilmRange(1.0, null),
        });

        Assert.True(report.Ok, report.Failure?.Message);
        var (filmStart, filmEnd) = FirstCue(File.ReadAllText(Path.Combine(whole.OutputFolder, "film-preview.srt")));
        Assert.True(filmEnd > 1.5, $"the first cue ends at {filmEnd} s, before the range has shown it");
        var (start, end) = FirstCue(File.ReadAllText(Path.Combine(rangeFolder, "film-preview-1-end.srt")));
        // The range starts at film second 1 (frame 12 at 12 fps): its file counts from there, clipped at 0.
        Assert.Equal(Math.Max(0, filmStart - 1), start, 0.0015);
        Assert.Equal(filmEnd - 1, end, 0.0015);

        var video = Path.Combine(rangeFolder, "film-preview-1-end.mp4");
        var during = await CaptionInkAsync(video, (start + end) / 2);
        var after = await CaptionInkAsync(video, end + 1.5);
        Assert.True(during.BrightPixels > 100, $"{during.BrightPixels} bright pixels at the cue");
        Assert.Equal(0, after.BrightPixels);
    }

    /// <summary>Bright pixels (letters) and mean luma in the lowest quarter of the frame (the band), and the top quarter's (the flat still).</summary>
    private static async Task<(int BrightPixels, double BandLuma, double StillLuma)> CaptionInkAsync(string video, double seconds)
    {
        var png = Path.ChangeExtension(video, $"{seconds:0.00}.png");
        var run = await ExternalTool.RunAsync("ffmpeg",
            ["-v", "error", "-y", "-ss", seconds.ToString("0.###", CultureInfo.InvariantCulture), "-i", video, "-frames:v", "1", png], CancellationToken.None);
        Assert.True(run.ExitCode == 0, run.StandardError);
        using var bitmap = SKBitmap.Decode(png);
        var (bright, total, band, still) = (0, 0, 0.0, 0.0);
        for (var y = 0; y < bitmap.Height / 4; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var top = Pixels.Luma(bitmap.GetPixel(x, y));
                var bottom = Pixels.Luma(bitmap.GetPixel(x, bitmap.Height - 1 - y));
                bright += bottom > 230 ? 1 : 0;
                (band, still, total) = (band + bottom, still + top, total + 1);
            }
        }
        return (bright, band / total, still / total);
    }

    private static (double Start, double End) FirstCue(string srt)
    {
        var m = CueTimes().Match(srt);
        Assert.True(m.Success, srt);
        return (Seconds(m.Groups[1].Value), Seconds(m.Groups[2].Value));
    }

    private static double Seconds(string time) =>
        TimeSpan.ParseExact(time, @"hh\:mm\:ss\,fff", CultureInfo.InvariantCulture).TotalSeconds;

    [GeneratedRegex(@"(\d\d:\d\d:\d\d,\d\d\d) --> (\d\d:\d\d:\d\d,\d\d\d)")]
    private static partial Regex CueTimes();
}
