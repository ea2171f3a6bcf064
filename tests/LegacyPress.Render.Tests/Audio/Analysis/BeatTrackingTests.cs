using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Analysis;
using LegacyPress.TestSupport.Music;
using Xunit.Abstractions;

namespace LegacyPress.Render.Tests.Audio.Analysis;

/// <summary>Tempo, beats and downbeats found in generated music whose beats are known.</summary>
public sealed class BeatTrackingTests(ITestOutputHelper output)
{
    private static MusicAnalysis Analyse(SyntheticPiece piece, MusicGridSettings? grid = null) =>
        MusicAnalyzer.Analyse(piece.Samples, piece.SampleRateHz, grid ?? MusicGridSettings.Default, "music/test.wav", CancellationToken.None);

    [Theory]
    [InlineData(70, 0.31)]
    [InlineData(90, 0.05)]
    [InlineData(120, 0.42)]
    [InlineData(140, 0.17)]
    [InlineData(160, 0.29)]
    public void Click_track_beats_are_found_at_their_tempo_and_phase(double tempoBpm, double firstBeatSeconds)
    {
        var piece = SyntheticMusic.ClickTrack(tempoBpm, firstBeatSeconds, 30, seed: (int)tempoBpm);

        var analysis = Analyse(piece);

        var offsets = BeatScore.Offsets(piece.BeatSeconds, analysis.BeatSeconds);
        output.WriteLine($"tempo {analysis.TempoBpm:0.000}, {analysis.BeatSeconds.Count} beats, mean offset {offsets.Average() * 1000:0.0} ms, worst {offsets.Max(Math.Abs) * 1000:0.0} ms");
        Assert.InRange(BeatScore.FMeasure(piece.BeatSeconds, analysis.BeatSeconds), 0.95, 1.0);
        Assert.InRange(analysis.TempoBpm, tempoBpm * 0.995, tempoBpm * 1.005);
        Assert.All(offsets, o => Assert.InRange(o, -0.010, 0.010));
    }

    [Theory]
    [InlineData(72, SyntheticMusic.Style.Plucked, 0.5, 1.0)]
    [InlineData(100, SyntheticMusic.Style.Drums, 0.6, 1.0)]
    [InlineData(150, SyntheticMusic.Style.Drums, 0.5, 1.0)]
    [InlineData(110, SyntheticMusic.Style.Plucked, 0.5, 1.1)]
    public void Generated_pieces_are_tracked_through_swing_and_tempo_ramps(double tempoBpm, SyntheticMusic.Style style, double swing, double endTempoFactor)
    {
        var piece = SyntheticMusic.Piece("piece", tempoBpm, 30, style, seed: 7, swing, endTempoFactor);

        var analysis = Analyse(piece);

        var f = BeatScore.FMeasure(piece.BeatSeconds, analysis.BeatSeconds);
        var offsets = BeatScore.Offsets(piece.BeatSeconds, analysis.BeatSeconds);
        output.WriteLine($"tempo {analysis.TempoBpm:0.000}, F {f:0.000}, mean offset {offsets.Average() * 1000:0.0} ms");
        Assert.InRange(f, 0.95, 1.0);
        var meanTempo = 60 / ((piece.BeatSeconds[^1] - piece.BeatSeconds[0]) / (piece.BeatSeconds.Count - 1));
        Assert.InRange(analysis.TempoBpm, meanTempo * 0.98, meanTempo * 1.02);
    }

    [Fact]
    public void A_short_click_track_is_not_counted_at_double_tempo()
    {
        // 8 s at 100 BPM: tracked first at 200 (the faster octave), too few beats for a 16-beat stretch.
        var piece = SyntheticMusic.ClickTrack(100, 0.2, 8, seed: 4);

        var analysis = Analyse(piece);

        Assert.InRange(analysis.TempoBpm, 99.5, 100.5);
        Assert.InRange(BeatScore.FMeasure(piece.BeatSeconds, analysis.BeatSeconds), 0.95, 1.0);
    }

    [Fact]
    public void Accented_bar_starts_are_the_downbeats()
    {
        // The bar starts on the third click: the first two are a pickup.
        var piece = SyntheticMusic.ClickTrack(100, 0.2, 24, seed: 3, accentBars: true);
        var shifted = piece with { DownbeatSeconds = [.. piece.BeatSeconds.Where((_, i) => i % 4 == 0)] };

        var analysis = Analyse(shifted);

        Assert.Equal(shifted.DownbeatSeconds.Count, analysis.DownbeatSeconds.Count);
        Assert.All(analysis.DownbeatSeconds.Zip(shifted.DownbeatSeconds), p => Assert.InRange(p.First - p.Second, -0.02, 0.02));
        Assert.All(analysis.DownbeatSeconds, d => Assert.Contains(d, analysis.BeatSeconds));
    }

    [Fact]
    public void Three_four_groups_beats_in_threes()
    {
        var piece = SyntheticMusic.ClickTrack(120, 0.5, 20, seed: 5, accentBars: true, beatsPerBar: 3);

        var analysis = Analyse(piece, MusicGridSettings.Default with { Meter = new Meter(3, 4) });

        Assert.InRange(analysis.DownbeatSeconds[0], piece.DownbeatSeconds[0] - 0.02, piece.DownbeatSeconds[0] + 0.02);
        Assert.InRange(analysis.DownbeatSeconds[1] - analysis.DownbeatSeconds[0], 1.48, 1.52);
    }
}
