using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Analysis;

namespace LegacyPress.Render.Tests.Audio.Analysis;

/// <summary>Music that cannot be given a beat grid says so, naming the file, instead of returning an empty grid.</summary>
public sealed class MusicAnalysisErrorTests
{
    private const int Rate = MusicAnalyzer.SampleRateHz;

    private static MusicAnalysisException Fails(float[] samples) =>
        Assert.Throws<MusicAnalysisException>(() => MusicAnalyzer.Analyse(samples, Rate, MusicGridSettings.Default, "music/score.ogg", CancellationToken.None));

    [Fact]
    public void Silence_is_an_error_naming_the_file()
    {
        var error = Fails(new float[10 * Rate]);

        Assert.StartsWith("music/score.ogg: silent", error.Message);
    }

    [Fact]
    public void A_file_shorter_than_four_seconds_is_an_error()
    {
        var error = Fails([.. Enumerable.Range(0, 3 * Rate).Select(i => (float)(0.3 * Math.Sin(i * 0.1)))]);

        Assert.StartsWith("music/score.ogg: too short", error.Message);
    }

    [Fact]
    public void A_steady_tone_has_no_steady_beat()
    {
        var error = Fails([.. Enumerable.Range(0, 10 * Rate).Select(i => (float)(0.3 * Math.Sin(2 * Math.PI * 220 * i / Rate)))]);

        Assert.StartsWith("music/score.ogg: no steady beat found", error.Message);
    }

    [Fact]
    public void White_noise_has_no_steady_beat()
    {
        var random = new Random(4);
        var error = Fails([.. Enumerable.Range(0, 10 * Rate).Select(_ => (float)((random.NextDouble() * 2) - 1) * 0.3f)]);

        Assert.StartsWith("music/score.ogg: no steady beat found", error.Message);
    }
}
