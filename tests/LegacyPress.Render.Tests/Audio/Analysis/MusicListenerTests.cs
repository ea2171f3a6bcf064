using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Analysis;
using LegacyPress.Render.Tests.Look;
using LegacyPress.TestSupport;
using Xunit.Abstractions;

namespace LegacyPress.Render.Tests.Audio.Analysis;

/// <summary>The listener on real files through ffmpeg: the sample's score, the cache, and files with no beat to find.</summary>
public sealed class MusicListenerTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string SampleScore => Path.Combine(CubeLutTests.RepositoryRoot(), "samples", "legacy", "music", "score.ogg");

    [Fact]
    public async Task The_sample_score_is_heard_at_its_tempo_on_its_beats()
    {
        var listener = new MusicListener(folder.File("cache"));

        var analysis = await listener.ListenAsync(SampleScore, "music/score.ogg", MusicGridSettings.Default, CancellationToken.None);

        // tools/ScoreGen wrote it at 68.57 bpm, a beat every 0.875 s from 0, two bars of 4/4 to a chord.
        var truth = Enumerable.Range(0, 240).Select(i => i * 0.875).ToList();
        var f = BeatScore.FMeasure(truth, analysis.BeatSeconds);
        output.WriteLine($"{analysis.TempoBpm:0.00} bpm, {analysis.BeatSeconds.Count} beats, F {f:0.000}, error {BeatScore.MeanError(truth, analysis.BeatSeconds) * 1000:0.0} ms; bars from {analysis.DownbeatSeconds.FirstOrDefault():0.000}; sections at {string.Join(", ", analysis.SectionSeconds.Select(s => s.ToString("0.0")))}");
        Assert.InRange(analysis.TempoBpm, 68.57 * 0.98, 68.57 * 1.02);
        Assert.True(f >= 0.9, $"F-measure {f:0.000}");
        // Act 3 enters at 140 s, brighter and fuller: a section change within two bars of it.
        Assert.Contains(analysis.SectionSeconds, s => Math.Abs(s - 140) <= 7);
        Assert.Equal(1, listener.Decoded);

        var cachedListener = new MusicListener(folder.File("cache"));
        var again = await cachedListener.ListenAsync(SampleScore, "music/score.ogg", MusicGridSettings.Default, CancellationToken.None);
        Assert.Equal(analysis.BeatSeconds, again.BeatSeconds);
        Assert.Equal(0, cachedListener.Decoded);
    }

    [Fact]
    public async Task Changed_grid_settings_are_listened_to_again_and_given_ones_are_exact()
    {
        var listener = new MusicListener(folder.File("cache"));

        var exact = await listener.ListenAsync(SampleScore, "music/score.ogg", MusicGridSettings.Default with { TempoBpm = 68.571428, FirstBeatSeconds = 0 }, CancellationToken.None);

        Assert.Equal(1, listener.Decoded);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => i * 0.875), exact.BeatSeconds.Take(10).Select(b => Math.Round(b, 4)));
        Assert.Equal(Enumerable.Range(0, 5).Select(i => i * 3.5), exact.DownbeatSeconds.Take(5).Select(b => Math.Round(b, 4)));
    }

    [Fact]
    public async Task Silence_and_a_short_file_are_refused_by_name()
    {
        var silent = folder.File("silence.wav");
        var shortFile = folder.File("short.wav");
        await Tools.ExternalTool.RunCheckedAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "anullsrc=r=22050:cl=mono", "-t", "10", silent], "silence", CancellationToken.None);
        await Tools.ExternalTool.RunCheckedAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=2", shortFile], "a tone", CancellationToken.None);
        var listener = new MusicListener(folder.File("cache"));

        var quiet = await Assert.ThrowsAsync<MusicAnalysisException>(() => listener.ListenAsync(silent, "music/silence.wav", MusicGridSettings.Default, CancellationToken.None));
        var brief = await Assert.ThrowsAsync<MusicAnalysisException>(() => listener.ListenAsync(shortFile, "music/short.wav", MusicGridSettings.Default, CancellationToken.None));

        Assert.Equal("music/silence.wav: is silent, so it has no beat to cut on", quiet.Message);
        Assert.Equal("music/short.wav: is only 2 s long; at least 4 s of music is needed to find its beat", brief.Message);
    }

    [Fact]
    public async Task A_drone_with_no_pulse_has_no_beat()
    {
        var drone = folder.File("drone.wav");
        await Tools.ExternalTool.RunCheckedAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=110:duration=20", "-af", "volume=0.3", drone], "a drone", CancellationToken.None);

        var refused = await Assert.ThrowsAsync<MusicAnalysisException>(() => new MusicListener(folder.File("cache")).ListenAsync(drone, "music/drone.wav", MusicGridSettings.Default, CancellationToken.None));

        Assert.StartsWith("music/drone.wav: no steady beat found", refused.Message);
    }
}
