using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Analysis;
using LegacyPress.TestSupport.Music;

namespace LegacyPress.Render.Tests.Audio.Analysis;

/// <summary>Section candidates fall where the music's harmony and timbre change, on a downbeat.</summary>
public sealed class SectionBoundaryTests
{
    [Fact]
    public void A_change_of_instruments_and_key_is_a_section_boundary_on_a_downbeat()
    {
        // 16 s plucked, then 16 s drummed: the same tempo and phase, different everything else.
        var plucked = SyntheticMusic.Piece("a", 120, 32, SyntheticMusic.Style.Plucked, seed: 1);
        var drums = SyntheticMusic.Piece("b", 120, 32, SyntheticMusic.Style.Drums, seed: 1);
        var change = plucked.BeatSeconds.First(b => b >= 16 && plucked.BeatSeconds.ToList().IndexOf(b) % 4 == 0);
        var at = (int)(change * SyntheticMusic.SampleRateHz);
        var samples = plucked.Samples.Take(at).Concat(drums.Samples.Skip(at)).ToArray();

        var analysis = MusicAnalyzer.Analyse(samples, SyntheticMusic.SampleRateHz, MusicGridSettings.Default, "music/two.wav", CancellationToken.None);

        Assert.Contains(analysis.SectionSeconds, s => Math.Abs(s - change) < 0.05);
        Assert.All(analysis.SectionSeconds, s => Assert.Contains(s, analysis.DownbeatSeconds));
        Assert.All(analysis.SectionSeconds.Zip(analysis.SectionSeconds.Skip(1)), p => Assert.True(p.Second - p.First >= SectionBoundaries.MinimumGapSeconds));
    }
}
