using LegacyPress.Release.Running;
using LegacyPress.Release.Steps;
using LegacyPress.Render.Encoding;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Release.Tests.Running;

/// <summary>
/// film.yaml's <c>output</c> decides how a run renders unless the command line names a preset (issue 13, class 7):
/// the film, the trailer and their captions agree on the size and on the file names.
/// </summary>
public sealed class FilmOutputTests : IDisposable
{
    private const string Yaml = """
        schema: 1
        title: "Sizes"
        version: 1.0.0
        output: { preset: preview, fps: 12 }
        cards: { opening: false, acts: false, credits: false }
        voices:
          narrator: { engine: espeak, settings: { voice: en-gb } }
        acts:
          - title: One
            shots:
              - { id: orange, image: images/a.png, motion: still, trailer: true, narration: { voice: narrator, text: "An orange field under a low sun." } }
              - { id: blue, image: images/b.png, duration: 2, motion: still, trailer: true }
        trailer:
          length: 15
        """;

    private readonly TestFilm film = new(Yaml, ("a.png", SKColors.DarkOrange), ("b.png", SKColors.SteelBlue));

    public void Dispose() => film.Dispose();

    /// <summary>What <c>render</c> and <c>trailer</c> ask of the runner, with no <c>--preset</c>.</summary>
    private ReleaseSettings Command(params string[] steps) => new(film.Folder, film.Artifacts)
    {
        Versioned = false,
        UseStepCache = false,
        Silent = true,
        Only = steps.ToHashSet(StringComparer.Ordinal),
    };

    [Fact]
    public async Task Film_yaml_s_preset_decides_when_none_is_asked_for()
    {
        var report = await film.RunAsync(Command(FilmStep.StepName, CaptionsStep.StepName));

        Assert.True(report.Ok, report.Failure?.Message);
        var rendered = report.Step(FilmStep.StepName)!.ValueAs<RenderedCut>()!;
        Assert.Equal("preview", rendered.Preset.Name);
        var probed = Ffprobe.Probe(Path.Combine(film.Artifacts, "film-preview.mp4"));
        Assert.Equal((640, 360, "12/1"), (probed.Width, probed.Height, probed.FrameRate));
        Assert.True(File.Exists(Path.Combine(film.Artifacts, "film-preview.srt")));
    }

    [Fact]
    public async Task A_custom_size_renders_at_exactly_that_size_and_names_its_files_by_it()
    {
        film.Edit("output: { preset: preview, fps: 12 }", "output: { width: 320, height: 180, fps: 12 }");

        var report = await film.RunAsync(Command(FilmStep.StepName, CaptionsStep.StepName, TrailerStep.StepName));

        Assert.True(report.Ok, report.Failure?.Message);
        Assert.Equal(
            ["film-320x180.mp4", "film-320x180.srt", "film-320x180.vtt", "trailer-320x180.mp4", "trailer-320x180.srt", "trailer-320x180.vtt"],
            Directory.GetFiles(film.Artifacts).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var video in new[] { "film-320x180.mp4", "trailer-320x180.mp4" })
        {
            var probed = Ffprobe.Probe(Path.Combine(film.Artifacts, video));
            Assert.Equal((320, 180, "12/1"), (probed.Width, probed.Height, probed.FrameRate));
        }
        var rendered = report.Step(FilmStep.StepName)!.ValueAs<RenderedCut>()!;
        Assert.Equal(RenderPresets.Final.X264, rendered.Preset.X264);
    }

    [Fact]
    public async Task A_preset_asked_for_overrides_film_yaml_for_the_film_and_its_captions()
    {
        var report = await film.RunAsync(Command(FilmStep.StepName, CaptionsStep.StepName) with { Preset = RenderPresets.Find("square") });

        Assert.True(report.Ok, report.Failure?.Message);
        Assert.Equal(["film-square.mp4", "film-square.srt", "film-square.vtt"], Directory.GetFiles(film.Artifacts).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var probed = Ffprobe.Probe(Path.Combine(film.Artifacts, "film-square.mp4"));
        // The size is the preset's; the frame rate stays film.yaml's.
        Assert.Equal((1080, 1080, "12/1"), (probed.Width, probed.Height, probed.FrameRate));
    }
}
