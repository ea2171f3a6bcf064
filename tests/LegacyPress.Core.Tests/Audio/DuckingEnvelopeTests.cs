using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;

namespace LegacyPress.Core.Tests.Audio;

public class DuckingEnvelopeTests
{
    private static readonly Ducking Duck = new(-12, 0.5, 1.0);

    private static NarrationSpan Span(double start, double seconds) =>
        new("s", new Narration("x", null, "narrator", seconds), start, seconds, false);

    [Theory]
    [InlineData(0.0, 0.0)]      // clear before
    [InlineData(9.75, -6.0)]    // halfway through the attack ramp
    [InlineData(9.4, 0.0)]      // before the attack starts
    [InlineData(10.0, -12.0)]   // line starts: fully ducked
    [InlineData(13.0, -12.0)]   // during the line
    [InlineData(15.5, -6.0)]    // halfway through the release
    [InlineData(16.0, 0.0)]     // released
    public void Gain_follows_attack_hold_release(double at, double expectedDb)
    {
        var envelope = new DuckingEnvelope([Span(10, 5)], Duck);

        Assert.Equal(expectedDb, envelope.GainDbAt(at), 6);
    }

    [Fact]
    public void Lines_close_together_stay_ducked_between()
    {
        var envelope = new DuckingEnvelope([Span(10, 2), Span(13, 2)], Duck);

        Assert.Single(envelope.DuckedIntervals);
        Assert.Equal(-12, envelope.GainDbAt(12.5), 6);
    }

    [Fact]
    public void Lines_far_apart_release_fully_between()
    {
        var envelope = new DuckingEnvelope([Span(10, 2), Span(20, 2)], Duck);

        Assert.Equal(2, envelope.DuckedIntervals.Count);
        Assert.Equal(0, envelope.GainDbAt(16), 6);
    }
}
