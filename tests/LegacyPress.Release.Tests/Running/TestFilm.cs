using LegacyPress.Core.Files;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Release;
using LegacyPress.Release.Running;
using LegacyPress.Render.Audio.Speech;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Media;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Release.Tests.Running;

/// <summary>A small real project in a temp folder (two or three flat stills, film.yaml), and the runner over it.</summary>
internal sealed class TestFilm : IDisposable
{
    public TestFilm(string yaml, params (string File, SKColor Colour)[] stills)
    {
        Directory.CreateDirectory(Path.Combine(Folder, "images"));
        foreach (var (file, colour) in stills)
        {
            TestStills.Write(Path.Combine(Folder, "images", file), colour);
        }
        File.WriteAllText(FilmYaml, yaml);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "legacypress-runner-" + Guid.NewGuid().ToString("N")[..8]);

    public string FilmYaml => Path.Combine(Folder, "film.yaml");

    public string Artifacts => Path.Combine(Folder, "artifacts");

    public static string Templates => Path.Combine(AppContext.BaseDirectory, "templates");

    public ReleaseSettings Release => new(Folder, Artifacts) { Preset = RenderPresets.Find("preview")! };

    /// <summary>
    /// Runs the release (or <paramref name="settings"/>), its own files written through <paramref name="streams"/> (the
    /// disk when null), ElevenLabs reached as <paramref name="elevenLabs"/> says (the environment when null), its log
    /// lines to <paramref name="observer"/> (none when null).
    /// </summary>
    public Task<ReleaseReport> RunAsync(ReleaseSettings? settings = null, OutputStreamFactory? streams = null, ElevenLabsOptions? elevenLabs = null, IReleaseObserver? observer = null) =>
        new ReleaseRunner(new ReleaseEnvironment(FrameDrawers.Film, Templates, observer ?? SilentObserver.Instance) { Streams = streams ?? OutputFile.OnDisk, ElevenLabs = elevenLabs })
            .RunAsync(settings ?? Release, CancellationToken.None);

    /// <summary>film.yaml loaded as a run loads it; a problem fails the test.</summary>
    public Film Load()
    {
        var loaded = new FilmLoader(new MediaInspector()).Load(Folder, FilmLoader.FileName);
        Assert.True(loaded.Ok, string.Join('\n', loaded.Diagnostics));
        return loaded.Film!;
    }

    /// <summary>Replaces <paramref name="from"/> with <paramref name="to"/> in film.yaml (it must be there).</summary>
    public void Edit(string from, string to)
    {
        var text = File.ReadAllText(FilmYaml);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(FilmYaml, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
