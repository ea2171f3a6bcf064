using System.Text.Json;
using LegacyPress.Cli.Tests.Support;
using LegacyPress.TestSupport;
using LegacyPress.TestSupport.Measurement;

namespace LegacyPress.Cli.Tests;

/// <summary>
/// Issue 18 end to end through the real CLI: music listened to, cuts moved to its beats, the rendered film's cuts
/// (found in its pictures) on those beats to the frame, plan's figures, and check's warnings.
/// </summary>
public sealed class CutOnTheMusicTests : IDisposable
{
    /// <summary>A click every half second from 0.25 s: 120 bpm, for 14 s.</summary>
    private const double FirstBeat = 0.25;
    private const double Beat = 0.5;

    private readonly TwoShotProject scratch = new("legacypress-beats-");

    public void Dispose() => scratch.Dispose();

    private async Task WriteClickTrack()
    {
        Directory.CreateDirectory(Path.Combine(scratch.Folder, "music"));
        await Render.Tools.ExternalTool.RunCheckedAsync("ffmpeg",
            ["-v", "error", "-y", "-f", "lavfi", "-i", $"aevalsrc='if(lt(mod(t-{FirstBeat},{Beat}),0.012),0.8*sin(2*PI*1500*t),0)':s=44100:d=14", Path.Combine(scratch.Folder, "music", "clicks.wav")],
            "writing a click track", CancellationToken.None);
    }

    // The one cut, orange → blue, is written at 3.15 s: the beat at 3.25 s is 0.1 s away, the one at 2.75 s 0.4 s.
    private void WriteFilm(string timing, bool music = true) => scratch.WriteFilm(
        output: "preset: preview",
        orange: "duration: 3.15\ntransition: cut\nmotion: still",
        blue: "duration: 3.45\ntransition: cut\nmotion: still",
        header: (music ? "music:\n  - { id: clicks, file: music/clicks.wav, fade_in: 0, fade_out: 0, duck: false }\n" : "") + timing);

    [Fact]
    public async Task A_rendered_films_cuts_sit_on_the_beats_the_plan_names()
    {
        await WriteClickTrack();
        WriteFilm("timing: { snap: beats, tolerance: 0.3 }");

        var (planExit, planJson, planError) = await CliRun.Run("plan", scratch.Folder, "--json");
        var (exit, _, stderr) = await CliRun.Run("render", scratch.Folder, "--out", scratch.Out, "--json");

        Assert.True(planExit == 0, planError);
        Assert.True(exit == 0, stderr);
        using var plan = JsonDocument.Parse(planJson);
        var track = plan.RootElement.GetProperty("music")[0];
        Assert.InRange(track.GetProperty("tempoBpm").GetDouble(), 119, 121);
        var cut = Assert.Single(plan.RootElement.GetProperty("cuts").EnumerateArray());
        Assert.Equal(3.25, cut.GetProperty("gridSeconds").GetDouble(), 2);
        var film = Directory.GetFiles(scratch.Out, "film-preview.mp4").Single();
        var probed = Ffprobe.Probe(film);
        var seen = await CutDetector.FindAsync(film, probed.Width, probed.Height, 30);
        var seenCut = Assert.Single(seen);
        // Within one frame of the beat the analysis found (and of the click itself, 3.25 s).
        Assert.True(Math.Abs(seenCut - cut.GetProperty("gridSeconds").GetDouble()) <= 1 / 30.0, $"the cut is at {seenCut:0.000} s");
        // The film was 6.6 s as written; it keeps its length to the frame but for the one cut's move.
        Assert.InRange(probed.VideoSeconds, 6.6 + 0.1 - 0.04, 6.6 + 0.1 + 0.04);
    }

    [Fact]
    public async Task Check_warns_of_a_snap_with_no_music_and_still_passes()
    {
        WriteFilm("timing: { snap: beats }", music: false);

        var (exit, _, stderr) = await CliRun.Run("check", scratch.Folder);

        Assert.True(exit == 0, stderr);
        var warning = Assert.Single(stderr.Split('\n'), l => l.Contains("warning: timing:", StringComparison.Ordinal));
        Assert.Contains("film.yaml:3:9: warning: timing: snap: beats has no music to snap to", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_beat_on_music_with_no_beat_is_refused_at_the_track()
    {
        Directory.CreateDirectory(Path.Combine(scratch.Folder, "music"));
        await Render.Tools.ExternalTool.RunCheckedAsync("ffmpeg",
            ["-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=110:duration=14", "-af", "volume=0.3", Path.Combine(scratch.Folder, "music", "clicks.wav")], "writing a drone", CancellationToken.None);
        WriteFilm("timing: { snap: beats }");

        var (exit, _, stderr) = await CliRun.Run("check", scratch.Folder);

        Assert.Equal(1, exit);
        Assert.Contains("music 'clicks': music/clicks.wav: no steady beat found", stderr, StringComparison.Ordinal);
        Assert.Contains("timing.snap: beats needs its beats", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }
}
