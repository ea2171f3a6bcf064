using System.Diagnostics;
using SkiaSharp;

using LegacyPress.Cli.Tests.Support;

namespace LegacyPress.Cli.Tests;

public sealed class PressKitCommandTests : IDisposable
{
    private readonly string project = Directory.CreateTempSubdirectory("legacypress-presskit-").FullName;

    public PressKitCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(project, "images"));
        CliRun.WriteStill(Path.Combine(project, "images", "a.png"), SKColors.DarkOrange, 1600, 900);
        CliRun.WriteStill(Path.Combine(project, "images", "b.png"), SKColors.SteelBlue, 1600, 900);
        File.WriteAllText(Path.Combine(project, "film.yaml"), """
            schema: 1
            title: "Two Shots"
            synopsis: "An orange field gives way to a blue sky."
            credits:
              Directed by: [Ada Example]
            output:
              preset: final
              fps: 24
            cards:
              opening: false
              acts: false
              credits: false
            acts:
              - title: One
                shots:
                  - id: orange
                    image: images/a.png
                    duration: 2
                    prompt: "an orange field, warm light"
                  - id: blue
                    image: images/b.png
                    duration: 1
                    prompt: "a blue sky, warm light"
            """);
    }

    public void Dispose() => Directory.Delete(project, recursive: true);

    [Fact]
    public async Task Presskit_writes_both_pdfs_on_the_paper_asked_for()
    {
        var output = Path.Combine(project, "out");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["presskit", project, "--paper", "letter", "--out", output], stdout, stderr, CancellationToken.None);

        Assert.True(exit == 0, stderr.ToString());
        Assert.Contains("presskit.pdf", stdout.ToString());
        foreach (var file in new[] { "presskit.pdf", "casestudy.pdf" })
        {
            var info = Poppler("pdfinfo", Path.Combine(output, file));
            Assert.Matches(@"Page size:\s+612 x 792 pts \(letter\)", info);
        }
        Assert.Contains("Ada Example", Poppler("pdftotext", Path.Combine(output, "presskit.pdf"), "-"));
    }

    [Fact]
    public async Task A_broken_image_reference_in_press_markdown_fails_with_its_location()
    {
        Directory.CreateDirectory(Path.Combine(project, "press"));
        File.WriteAllText(Path.Combine(project, "press", "highlights.md"), "- one\n\n![gone](../images/gone.png)\n");
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["presskit", project, "--out", Path.Combine(project, "out")], new StringWriter(), stderr, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("highlights.md:3:1", stderr.ToString());
        Assert.Contains("not found", stderr.ToString());
    }

    private static string Poppler(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}
