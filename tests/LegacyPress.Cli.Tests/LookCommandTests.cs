using System.Text.Json;
using LegacyPress.Cli.Tests.Support;
using SkiaSharp;

namespace LegacyPress.Cli.Tests;

/// <summary><c>legacypress look</c> and check's look warnings on a small real project (issue 17).</summary>
public sealed class LookCommandTests : IDisposable
{
    private readonly string project = Path.Combine(Path.GetTempPath(), "legacypress-look-" + Guid.NewGuid().ToString("N")[..8]);

    public LookCommandTests()
    {
        Still("warm.png", 1.0, 0.9, 0.75);
        Still("warmer.png", 1.0, 0.88, 0.72);
        Still("blue.png", 0.6, 0.8, 1.3);
    }

    public void Dispose() => Directory.Delete(project, recursive: true);

    [Fact]
    public async Task Look_writes_the_sheet_and_the_figures_and_names_the_outlier()
    {
        WriteFilm(match: null);

        var (exit, stdout, stderr) = await CliRun.Run("look", project, "--json");

        Assert.True(exit == 0, stderr + stdout);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.True(File.Exists(root.GetProperty("output").GetString()));
        Assert.True(File.Exists(Path.Combine(project, "artifacts", "look.json")));
        var look = root.GetProperty("look");
        Assert.Equal(["blue"], look.GetProperty("outliers").EnumerateArray().Select(e => e.GetString()));
        var group = Assert.Single(look.GetProperty("groups").EnumerateArray());
        Assert.Equal("act-1", group.GetProperty("name").GetString());
        using var sheet = SKBitmap.Decode(Path.Combine(project, "artifacts", "look.png"));
        Assert.True(sheet.Width >= 1000 && sheet.Height >= 400);
    }

    [Fact]
    public async Task Matching_brings_the_outlier_into_its_group()
    {
        WriteFilm(match: "{ method: mkl }");

        var (exit, stdout, stderr) = await CliRun.Run("look", project, "--json");

        Assert.True(exit == 0, stderr + stdout);
        using var json = JsonDocument.Parse(stdout);
        var look = json.RootElement.GetProperty("look");
        Assert.Empty(look.GetProperty("outliers").EnumerateArray());
        var blue = look.GetProperty("groups")[0].GetProperty("shots").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "blue");
        var before = blue.GetProperty("driftBefore").GetProperty("meanDeltaE").GetDouble();
        var after = blue.GetProperty("after").GetProperty("drift").GetProperty("meanDeltaE").GetDouble();
        Assert.True(before > 6 && after < 1.5, $"drift {before} -> {after}");
    }

    [Fact]
    public async Task Check_warns_about_a_drifting_shot_at_its_line_and_still_passes()
    {
        WriteFilm(match: null);
        var film = ProjectOpener.DisplayPath(Path.Combine(project, "film.yaml"));

        var (exit, stdout, stderr) = await CliRun.Run("check", project);

        Assert.True(exit == 0, stderr + stdout);
        var warning = Assert.Single(stderr.Split('\n'), l => l.Contains("warning:", StringComparison.Ordinal));
        Assert.True(warning.StartsWith($"{film}:11:9: warning: shot 'blue': drifts ", StringComparison.Ordinal), warning);
        Assert.Contains("beyond look.warn_delta_e 6.0", warning, StringComparison.Ordinal);
    }

    private void WriteFilm(string? match)
    {
        File.WriteAllText(Path.Combine(project, "film.yaml"), $"""
            schema: 1
            title: "Three Looks"
            cards: {"{"} opening: false, acts: false, credits: false {"}"}
            look:
              match: {match ?? "false"}
            acts:
              - title: One
                shots:
                  - {"{"} id: warm, image: images/warm.png, duration: 2 {"}"}
                  - {"{"} id: warmer, image: images/warmer.png, duration: 2 {"}"}
                  - id: blue
                    image: images/blue.png
                    duration: 2
            """);
    }

    /// <summary>A textured still (so it has a look to measure) with its channels scaled.</summary>
    private void Still(string name, double red, double green, double blue)
    {
        var path = Path.Combine(project, "images", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var bitmap = new SKBitmap(new SKImageInfo(400, 250, SKColorType.Bgra8888, SKAlphaType.Premul));
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var r = 130 + 90 * Math.Sin(x / 11.0);
                var g = 120 + 80 * Math.Cos(y / 15.0);
                var b = 100 + 70 * Math.Sin((x + y) / 19.0);
                bitmap.SetPixel(x, y, new SKColor((byte)Math.Clamp(r * red, 0, 255), (byte)Math.Clamp(g * green, 0, 255), (byte)Math.Clamp(b * blue, 0, 255)));
            }
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
