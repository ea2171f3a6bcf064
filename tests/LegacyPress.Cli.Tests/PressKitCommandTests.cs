using System.Diagnostics;
using SkiaSharp;

using LegacyPress.Cli.Tests.Support;

namespace LegacyPress.Cli.Tests;

public sealed class PressKitCommandTests : IDisposable
{
    private readonly TwoShotProject scratch = new("legacypress-presskit-", 1600, 900);
    private readonly string project;

    public PressKitCommandTests()
    {
        project = scratch.Folder;
        scratch.WriteFilm(
            output: "preset: final\nfps: 24",
            orange: "duration: 2\nprompt: \"an orange field, warm light\"",
            blue: "duration: 1\nprompt: \"a blue sky, warm light\"",
            header: "synopsis: \"An orange field gives way to a blue sky.\"\ncredits:\n  Directed by: [Ada Example]");
    }

    public void Dispose() => scratch.Dispose();

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
