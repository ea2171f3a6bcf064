using System.Text.Json;
using LegacyPress.Cli.Tests.Support;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Cli.Tests;

/// <summary>Issue 14, item 6: every command's <c>--json</c> is one object on stdout with the keys docs/json.md lists.</summary>
public sealed class JsonOutputTests : IDisposable
{
    private readonly TempFolder project = new();

    public JsonOutputTests()
    {
        Directory.CreateDirectory(project.File("images"));
        CliRun.WriteStill(project.File("images/a.png"), SKColors.DarkOrange);
        CliRun.WriteStill(project.File("images/b.png"), SKColors.SteelBlue);
        WriteFilm("duration: 2");
    }

    public void Dispose() => project.Dispose();

    private void WriteFilm(string blueDuration) => File.WriteAllText(project.File("film.yaml"), $$"""
        schema: 1
        title: "Json"
        output: { preset: preview, fps: 24 }
        cards: { opening: false, acts: false, credits: false }
        acts:
          - title: One
            shots:
              - { id: orange, image: images/a.png, duration: 2, motion: still, transition: cut }
              - { id: blue, image: images/b.png, {{blueDuration}}, motion: still }
        """);

    [Fact]
    public async Task Check_json_lists_every_problem_on_stdout_and_exits_1()
    {
        WriteFilm("duration: -1, sfx: [ { at: 9, effect: impact, duration: 1 } ]");

        var (exit, stdout, _) = await CliRun.Run("check", project.Path, "--json");

        Assert.Equal(ExitCodes.Failed, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
        var problems = json.RootElement.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(2, problems.Count);
        foreach (var problem in problems)
        {
            Assert.Equal(["file", "line", "column", "message", "severity"], problem.EnumerateObject().Select(p => p.Name));
            Assert.Equal("error", problem.GetProperty("severity").GetString());
            Assert.Equal(9, problem.GetProperty("line").GetInt32());
        }
    }

    [Fact]
    public async Task A_failure_that_is_not_in_a_file_is_a_problem_without_a_place()
    {
        var (exit, stdout, _) = await CliRun.Run("still", project.Path, "--at", "99", "--json");

        Assert.Equal(ExitCodes.Failed, exit);
        using var json = JsonDocument.Parse(stdout);
        var problem = Assert.Single(json.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, problem.GetProperty("file").ValueKind);
        Assert.Contains("--at", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Still_storyboard_mix_and_presskit_json_say_what_they_wrote()
    {
        var outFolder = project.File("out");
        var still = await Json("still", project.Path, "--at", "2.5", "--out", Path.Combine(outFolder, "s.png"), "--json");
        Assert.Equal((60, 640, 360, false), (still.GetProperty("frame").GetInt32(), still.GetProperty("width").GetInt32(), still.GetProperty("height").GetInt32(), still.GetProperty("estimated").GetBoolean()));
        Assert.True(File.Exists(still.GetProperty("output").GetString()));

        var board = await Json("storyboard", project.Path, "--out", Path.Combine(outFolder, "b.png"), "--json");
        Assert.Equal(2, board.GetProperty("shots").GetInt32());
        Assert.True(File.Exists(board.GetProperty("output").GetString()));

        var mix = await Json("mix", project.Path, "--out", outFolder, "--json");
        Assert.True(File.Exists(mix.GetProperty("output").GetString()));
        Assert.Equal(4, mix.GetProperty("durationSeconds").GetDouble(), 3);
        foreach (var key in new[] { "stems", "integratedLufs", "truePeakDbtp", "loudnessRangeLu" })
        {
            Assert.True(mix.TryGetProperty(key, out _), key);
        }

        var kit = await Json("presskit", project.Path, "--out", outFolder, "--json");
        var documents = kit.GetProperty("documents").EnumerateArray().ToList();
        Assert.NotEmpty(documents);
        Assert.All(documents, d => Assert.True(File.Exists(d.GetProperty("output").GetString()) && d.GetProperty("pages").GetInt32() > 0));
    }

    private static async Task<JsonElement> Json(params string[] args)
    {
        var (exit, stdout, stderr) = await CliRun.Run(args);
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
        return json.RootElement.Clone();
    }
}
