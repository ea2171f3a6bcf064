using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Analysis;
using LegacyPress.TestSupport.Music;

namespace LegacyPress.Render.Tests.Audio.Analysis;

/// <summary>film.yaml's tempo, first_beat and meter over what the analysis would find.</summary>
public sealed class GridOverrideTests
{
    private static readonly SyntheticPiece Clicks = SyntheticMusic.ClickTrack(120, 0.3, 20, seed: 11);

    private static MusicAnalysis Analyse(MusicGridSettings grid) =>
        MusicAnalyzer.Analyse(Clicks.Samples, Clicks.SampleRateHz, grid, "music/clicks.wav", CancellationToken.None);

    [Fact]
    public void Tempo_and_first_beat_together_are_the_grid_exactly()
    {
        var analysis = Analyse(MusicGridSettings.Default with { TempoBpm = 100, FirstBeatSeconds = 1.0, Meter = new Meter(3, 4) });

        Assert.Equal(100, analysis.TempoBpm);
        Assert.Equal(1.0, analysis.BeatSeconds[0], 9);
        Assert.All(analysis.BeatSeconds.Zip(analysis.BeatSeconds.Skip(1)), p => Assert.Equal(0.6, p.Second - p.First, 9));
        Assert.InRange(analysis.BeatSeconds[^1], 20 - 0.6, 20);
        Assert.Equal(analysis.BeatSeconds.Where((_, i) => i % 3 == 0), analysis.DownbeatSeconds);
    }

    [Fact]
    public void Tempo_alone_is_tracked_at_that_period()
    {
        // Half the real tempo: the tracker follows every other click instead of doubling back to 120.
        var analysis = Analyse(MusicGridSettings.Default with { TempoBpm = 60 });

        Assert.Equal(60, analysis.TempoBpm);
        var gaps = analysis.BeatSeconds.Zip(analysis.BeatSeconds.Skip(1), (a, b) => b - a).ToArray();
        Assert.All(gaps, g => Assert.InRange(g, 0.98, 1.02));
        Assert.All(analysis.BeatSeconds, b => Assert.Contains(Clicks.BeatSeconds, c => Math.Abs(c - b) < 0.01));
    }

    [Fact]
    public void First_beat_alone_counts_bars_from_the_beat_nearest_it()
    {
        var analysis = Analyse(MusicGridSettings.Default with { FirstBeatSeconds = 1.33 });

        // Clicks at 0.3 + 0.5k: the nearest to 1.33 is 1.3, and bars of four run from there; 0.3 and 0.8 are a pickup.
        Assert.InRange(analysis.BeatSeconds[0], 0.29, 0.31);
        Assert.InRange(analysis.DownbeatSeconds[0], 1.29, 1.31);
        Assert.All(analysis.DownbeatSeconds.Zip(analysis.DownbeatSeconds.Skip(1)), p => Assert.InRange(p.Second - p.First, 1.99, 2.01));
        Assert.InRange(analysis.TempoBpm, 119.5, 120.5);
    }
}
