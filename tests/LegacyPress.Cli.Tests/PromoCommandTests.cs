using System.Text.Json;
using LegacyPress.Cli.Tests.Support;
using SkiaSharp;

namespace LegacyPress.Cli.Tests;

/// <summary><c>legacypress promo</c> with a layer that cannot fit: the asset is written, and the problem is a warning on stderr and in <c>--json</c>.</summary>
public sealed class PromoCommandTests : IDisposable
{
    private readonly string project = Path.Combine(Path.GetTempPath(), "legacypress-cli-" + Guid.NewGuid().ToString("N")[..8]);

    public PromoCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(project, "images"));
        CliRun.WriteStill(Path.Combine(project, "images", "a.png"), SKColors.DarkOrange);
        File.WriteAllText(Path.Combine(project, "film.yaml"), """
            schema: 1
            title: "The Last Keeper"
            cards: { opening: false, acts: false, credits: false }
            acts:
              - title: One
                shots:
                  - id: a
                    image: images/a.png
                    duration: 2
            """);
        Directory.CreateDirectory(Path.Combine(project, "promo", "templates"));
        // One line at a third of the frame in half its width: "THE LAST KEEPER" cannot fit.
        File.WriteAllText(Path.Combine(project, "promo", "templates", "cramped.yaml"), """
            platform: open-graph
            layers:
              - fill: "#101010"
              - text: "{{ title | upcase }}"
                size: [0.3, 0.4]
                max_lines: 1
                box: { in: safe, x: 0, y: 0, width: 0.5, height: 0.5 }
            """);
    }

    public void Dispose() => Directory.Delete(project, recursive: true);

    [Fact]
    public async Task A_title_cut_to_fit_is_a_warning_at_its_template_line_and_the_asset_is_still_written()
    {
        var output = Path.Combine(project, "out");

        var (exit, stdout, stderr) = await CliRun.Run("promo", project, "--only", "cramped", "--out", output);

        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(Path.Combine(output, "promo", "cramped.jpg")));
        var warning = Assert.Single(stderr.Split('\n'), l => l.Contains(": warning: "));
        Assert.Contains($"{Path.Combine("promo", "templates", "cramped.yaml")}:4:5: warning: cramped (Web link preview card (Open Graph)): \"THE LAST KEEPER\" does not fit", warning);
        Assert.Contains("1 warning", stdout);
    }

    [Fact]
    public async Task Promo_json_carries_the_warnings()
    {
        var output = Path.Combine(project, "out");

        var (exit, stdout, stderr) = await CliRun.Run("promo", project, "--only", "cramped", "--out", output, "--json");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var warning = Assert.Single(json.RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Equal("cramped", warning.GetProperty("asset").GetString());
        Assert.Equal(4, warning.GetProperty("layer").GetProperty("line").GetInt32());
        Assert.Contains("cut with an ellipsis", warning.GetProperty("message").GetString());
        Assert.DoesNotContain(": warning: ", stderr);
    }
}
