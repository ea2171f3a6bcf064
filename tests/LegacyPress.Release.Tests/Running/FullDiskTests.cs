using System.Security.Cryptography;
using LegacyPress.Core.Files;
using LegacyPress.Release.Running;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Release.Tests.Running;

/// <summary>
/// The files LegacyPress writes itself, re-made onto a disk that fills up (<see cref="FillingDisk"/> through the run's
/// <see cref="ReleaseEnvironment.Streams"/>): the run fails naming the file and the reason, the previous file is byte
/// for byte what it was, and no temporary file is left. Runs everywhere; the CLI's DiskFullTests do the same on a real
/// small tmpfs where one can be mounted.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly TestFilm film = new("""
        schema: 1
        title: "Full Disk"
        version: 1.0.0
        output: { fps: 12 }
        cards: { opening: false, acts: false, credits: false }
        voices:
          narrator: { engine: espeak, settings: { voice: en-gb } }
        acts:
          - title: One
            shots:
              - { id: orange, image: images/a.png, motion: zoom-in, narration: { voice: narrator, text: "An orange field in warm light." } }
              - { id: blue, image: images/b.png, duration: 2, motion: still }
        """, ("a.png", SKColors.DarkOrange), ("b.png", SKColors.SteelBlue));

    public void Dispose() => film.Dispose();

    private string Out => Path.Combine(film.Folder, "out");

    /// <summary>A single-step command's settings (cache off, straight into the folder), as <c>render</c>, <c>promo</c> and <c>presskit</c> run.</summary>
    private ReleaseSettings Step(string step, IReadOnlySet<string>? promoOnly = null) => film.Release with
    {
        OutputDirectory = Out,
        Versioned = false,
        UseStepCache = false,
        Silent = true,
        Only = new HashSet<string> { step },
        PromoOnly = promoOnly,
    };

    public static TheoryData<string, string> Steps() => new()
    {
        { "captions", "film-preview.srt" },
        { "timeline", "timeline.png" },
        { "promo", "promo/youtube-thumbnail.jpg" },
        { "presskit", "presskit.pdf" },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task A_full_disk_fails_the_step_naming_the_file_and_keeps_the_previous_one(string step, string artifact)
    {
        var settings = Step(step, step == "promo" ? new HashSet<string> { "youtube-thumbnail" } : null);
        var path = Path.Combine(Out, artifact);
        var before = await WrittenOnceAsync(settings, path);

        var report = await film.RunAsync(settings, new FillingDisk(0).Streams);

        Assert.Equal($"{step}: no space left on device while writing {path}", report.Failure?.Message);
        Assert.Equal(before, Sha256(path));
        Assert.Empty(Partials());
    }

    [Fact]
    public async Task A_disk_that_fills_after_some_bytes_fails_on_the_file_that_did_not_fit()
    {
        var settings = Step("captions");
        var srt = Path.Combine(Out, "film-preview.srt");
        var vtt = Path.Combine(Out, "film-preview.vtt");
        var (srtBefore, vttBefore) = (await WrittenOnceAsync(settings, srt), Sha256(vtt));

        // Room for the SubRip file and a few bytes of the WebVTT one.
        var report = await film.RunAsync(settings, new FillingDisk(new FileInfo(srt).Length + 10).Streams);

        Assert.Equal($"captions: no space left on device while writing {vtt}", report.Failure?.Message);
        Assert.Equal((srtBefore, vttBefore), (Sha256(srt), Sha256(vtt)));
        Assert.Empty(Partials());
    }

    [Fact]
    public async Task A_full_disk_fails_the_release_manifest_and_keeps_the_previous_one()
    {
        var release = film.Release with { Only = new HashSet<string> { "captions", "manifest" }, Silent = true };
        var first = await film.RunAsync(release);
        Assert.True(first.Ok, first.Failure?.Message);
        var manifest = Path.Combine(first.OutputFolder, "manifest.json");
        var before = Sha256(manifest);

        var report = await film.RunAsync(release with { Only = new HashSet<string> { "manifest" }, Force = true }, new FillingDisk(0).Streams);

        Assert.Equal($"manifest: no space left on device while writing {manifest}", report.Failure?.Message);
        Assert.Equal(before, Sha256(manifest));
        Assert.Empty(Partials());
    }

    [Fact]
    public async Task A_full_disk_fails_the_mix_we_write_and_keeps_the_cached_one()
    {
        var settings = Step("timeline") with { Silent = false };
        Assert.True((await film.RunAsync(settings)).Ok);
        var mixes = Path.Combine(film.Folder, ".legacypress", "cache", "mix");
        var mix = Assert.Single(Directory.GetFiles(mixes, "film-*.wav"));
        var before = Sha256(mix);
        // Without its measurements the cached mix is made again: the unnormalised sum is the first thing written.
        File.Delete(Path.ChangeExtension(mix, ".json"));

        var report = await film.RunAsync(settings, new FillingDisk(0).Streams);

        Assert.Equal($"timeline: no space left on device while writing {mix}", report.Failure?.Message);
        Assert.Equal(before, Sha256(mix));
        Assert.Empty(Partials());
    }

    /// <summary>Runs <paramref name="settings"/> on the real disk and returns the SHA-256 of <paramref name="artifact"/>.</summary>
    private async Task<string> WrittenOnceAsync(ReleaseSettings settings, string artifact)
    {
        var first = await film.RunAsync(settings);
        Assert.True(first.Ok, first.Failure?.Message);
        return Sha256(artifact);
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Every temporary file in the project, its cache and the output folder.</summary>
    private List<string> Partials() =>
        Directory.EnumerateFiles(film.Folder, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f).Contains(TemporaryFiles.Marker, StringComparison.Ordinal)).ToList();
}
