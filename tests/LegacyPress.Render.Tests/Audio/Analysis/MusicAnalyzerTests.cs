using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Analysis;
using Xunit.Abstractions;

namespace LegacyPress.Render.Tests.Audio.Analysis;

/// <summary>Issue 18's music analysis on music of known beat (the accuracy targets themselves are measured in bench/).</summary>
public sealed class MusicAnalyzerTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(70, 0.2)]
    [InlineData(96, 0.45)]
    [InlineData(120, 0.1)]
    [InlineData(160, 0.3)]
    public void A_click_track_gives_its_tempo_and_every_beat(double bpm, double firstBeat)
    {
        var (samples, beats) = SyntheticMusic.Clicks(bpm, 20, firstBeat);

        var analysis = MusicAnalyzer.Analyse(samples, MusicGridSettings.Default, "clicks.wav");

        var f = BeatScore.FMeasure(beats, analysis.BeatSeconds);
        var error = BeatScore.MeanError(beats, analysis.BeatSeconds);
        output.WriteLine(string.Join(" ", analysis.BeatSeconds.Take(6).Select(b => b.ToString("0.000"))) + " / " + string.Join(" ", beats.Take(6).Select(b => b.ToString("0.000"))));
        output.WriteLine($"{bpm} bpm: found {analysis.TempoBpm:0.00} bpm, {analysis.BeatSeconds.Count} beats of {beats.Count}, F {f:0.000}, mean error {error * 1000:0.0} ms");
        Assert.InRange(analysis.TempoBpm, bpm * 0.98, bpm * 1.02);
        Assert.True(f >= 0.95, $"F-measure {f:0.000}");
        Assert.InRange(error, -0.010, 0.010);
    }

    [Fact]
    public void Plucked_music_with_pads_gives_its_beats_and_its_bars()
    {
        var (samples, beats, downbeats) = SyntheticMusic.Plucked(100, 30, seed: 3);

        var analysis = MusicAnalyzer.Analyse(samples, MusicGridSettings.Default, "plucked.wav");

        var f = BeatScore.FMeasure(beats, analysis.BeatSeconds);
        var bars = BeatScore.FMeasure(downbeats, analysis.DownbeatSeconds);
        output.WriteLine($"100 bpm: found {analysis.TempoBpm:0.00}, F {f:0.000}, downbeat F {bars:0.000}");
        Assert.InRange(analysis.TempoBpm, 98, 102);
        Assert.True(f >= 0.95, $"F-measure {f:0.000}");
        Assert.True(bars >= 0.9, $"downbeat F-measure {bars:0.000}");
    }
}
