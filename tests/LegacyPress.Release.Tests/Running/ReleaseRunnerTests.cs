using LegacyPress.Release.Running;
using LegacyPress.Release.Steps;
using SkiaSharp;

namespace LegacyPress.Release.Tests.Running;

public sealed class ReleaseRunnerTests : IDisposable
{
    private const string Yaml = """
        schema: 1
        title: "Two Shots"
        version: 2.1.0
        tagline: Two colours, one film.
        logline: An orange still meets a blue one.
        output: { fps: 12 }
        cards: { opening: { duration: 2, transition: cut }, acts: false, credits: false }
        acts:
          - title: One
            shots:
              - { id: orange, image: images/a.png, duration: 2, motion: zoom-in, trailer: true }
              - { id: blue, image: images/b.png, duration: 2, motion: still }
              - { id: green, image: images/c.png, duration: 2, motion: pan-left }
          - title: Two
            shots:
              - { id: orange-2, image: images/a.png, duration: 2, motion: pan-up }
              - { id: blue-2, image: images/b.png, duration: 2, motion: pan-down, trailer: true }
              - { id: green-2, image: images/c.png, duration: 2, motion: zoom-out }
              - { id: orange-3, image: images/a.png, duration: 2, motion: still }
              - { id: blue-3, image: images/b.png, duration: 2, motion: pan-right }
        trailer:
          length: 15
        """;

    private readonly TestFilm film = new(Yaml, ("a.png", SKColors.DarkOrange), ("b.png", SKColors.SteelBlue), ("c.png", SKColors.SeaGreen));

    public void Dispose() => film.Dispose();

    private static void AssertBuilt(ReleaseReport report, params string[] built)
    {
        Assert.True(report.Ok, report.Failure?.Message);
        var actual = report.Built.Select(s => s.Step).ToList();
        Assert.True(built.SequenceEqual(actual), string.Join("\n", report.Built.Select(s => $"{s.Step}: {string.Join(", ", s.Changed)}")));
        Assert.Equal(built, actual);
        Assert.All(report.Steps.Where(s => !built.Contains(s.Step)), s => Assert.Equal(StepStatus.UpToDate, s.Status));
    }

    [Fact]
    public async Task A_first_release_builds_every_step_and_a_second_with_nothing_changed_runs_none()
    {
        var first = await film.RunAsync();

        AssertBuilt(first, "film", "captions", "timeline", "look", "trailer", "promo", "presskit", "casestudy", "manifest");
        Assert.Equal(Path.Combine(film.Artifacts, "2.1.0"), first.OutputFolder);
        Assert.True(File.Exists(Path.Combine(first.OutputFolder, "film-preview.mp4")));
        Assert.Contains(Path.Combine(film.Artifacts, "film-preview.mp4"), first.Links);
        var filmWritten = File.GetLastWriteTimeUtc(Path.Combine(first.OutputFolder, "film-preview.mp4"));

        var second = await film.RunAsync();

        AssertBuilt(second);
        Assert.Equal(9, second.Steps.Count);
        Assert.Equal(filmWritten, File.GetLastWriteTimeUtc(Path.Combine(second.OutputFolder, "film-preview.mp4")));
    }

    [Fact]
    public async Task Changing_one_shots_motion_rebuilds_the_film_the_trailer_that_shows_it_and_the_manifest()
    {
        await film.RunAsync();
        film.Edit("id: orange, image: images/a.png, duration: 2, motion: zoom-in", "id: orange, image: images/a.png, duration: 2, motion: zoom-out");

        var report = await film.RunAsync();

        // The case study's "motion and transitions" table names each shot's motion, so it is redone too; the look
        // survey measures each shot as its motion frames it.
        AssertBuilt(report, "film", "look", "trailer", "casestudy", "manifest");
        var rendered = report.Step("film")!.ValueAs<RenderedCut>()!;
        Assert.InRange(rendered.PiecesRendered, 1, rendered.Pieces - 1);
    }

    [Fact]
    public async Task Changing_a_shot_the_trailer_does_not_show_leaves_the_trailer_alone()
    {
        var first = await film.RunAsync();
        var inTrailer = first.Step("trailer")!.ValueAs<RenderedTrailer>()!.Plan.Timeline.Shots.Select(s => s.Shot.Id).ToHashSet();
        Assert.DoesNotContain("blue-3", inTrailer);
        film.Edit("id: blue-3, image: images/b.png, duration: 2, motion: pan-right", "id: blue-3, image: images/b.png, duration: 2, motion: zoom-in");

        var report = await film.RunAsync();

        AssertBuilt(report, "film", "look", "casestudy", "manifest");
    }

    [Fact]
    public async Task Changing_the_logline_rebuilds_only_what_prints_it()
    {
        await film.RunAsync();
        film.Edit("An orange still meets a blue one.", "An orange still meets a blue one, and a green.");

        var report = await film.RunAsync();

        AssertBuilt(report, "promo", "presskit", "casestudy", "manifest");
    }

    [Fact]
    public async Task Changing_the_tagline_rerenders_only_the_title_cards_piece_of_the_film()
    {
        await film.RunAsync();
        film.Edit("Two colours, one film.", "Three colours, one film.");

        var report = await film.RunAsync();

        Assert.True(report.Ok, report.Failure?.Message);
        var rendered = report.Step("film")!.ValueAs<RenderedCut>()!;
        Assert.Equal(1, rendered.PiecesRendered);
        Assert.Contains("promo", report.Built.Select(s => s.Step));
        Assert.Contains("presskit", report.Built.Select(s => s.Step));
        Assert.Equal(StepStatus.UpToDate, report.Step("captions")!.Status);
    }

    [Fact]
    public async Task Only_and_from_run_part_of_the_table()
    {
        var only = await film.RunAsync(film.Release with { Only = new HashSet<string> { "presskit" } });
        Assert.Equal(["presskit"], only.Steps.Select(s => s.Step));

        var from = await film.RunAsync(film.Release with { From = "promo" });
        Assert.Equal(["promo", "presskit", "casestudy", "manifest"], from.Steps.Select(s => s.Step));

        var wrong = await film.RunAsync(film.Release with { Only = new HashSet<string> { "posters" } });
        Assert.False(wrong.Ok);
        Assert.Contains("unknown step 'posters'", wrong.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_reference_stops_the_release_with_its_located_problem_and_writes_nothing()
    {
        Directory.CreateDirectory(Path.Combine(film.Folder, "press"));
        File.WriteAllText(Path.Combine(film.Folder, "press", "highlights.md"), "# Highlights\n\n![the map](../images/map.png)\n");

        var report = await film.RunAsync(film.Release with { Only = new HashSet<string> { "presskit" } });

        Assert.False(report.Ok);
        var problem = Assert.Single(report.Failure!.Diagnostics);
        Assert.EndsWith("highlights.md", problem.Location.File, StringComparison.Ordinal);
        Assert.Equal(3, problem.Location.Line);
        Assert.False(File.Exists(Path.Combine(film.Artifacts, "2.1.0", "presskit.pdf")));
    }

    [Fact]
    public async Task A_voice_espeak_ng_lacks_stops_the_release_at_its_setting_before_a_line_is_spoken()
    {
        film.Edit("acts:\n", "voices:\n  narrator: { engine: espeak, settings: { voice: xx-nowhere } }\nacts:\n");
        film.Edit("motion: zoom-in, trailer: true }", "motion: zoom-in, trailer: true, narration: \"An orange still.\" }");

        var report = await film.RunAsync();

        Assert.False(report.Ok);
        var problem = Assert.Single(report.Failure!.Diagnostics);
        Assert.Equal(9, problem.Location.Line);
        Assert.StartsWith("voice 'narrator': espeak-ng has no voice 'xx-nowhere'", problem.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(film.Folder, ".legacypress", "cache", "speech")));
        Assert.Empty(report.Steps);
    }

    [Fact]
    public async Task A_range_past_the_film_s_end_fails_before_any_folder_is_made()
    {
        var report = await film.RunAsync(film.Release with { Versioned = false, UseStepCache = false, Only = new HashSet<string> { "film" }, Range = new FilmRange(100, null) });

        Assert.False(report.Ok);
        Assert.StartsWith("--from: 100 s is past the film's end (", report.Failure!.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(film.Artifacts));
    }
}

