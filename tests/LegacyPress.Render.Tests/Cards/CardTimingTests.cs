using LegacyPress.Core.Model;
using LegacyPress.Render.Cards;

namespace LegacyPress.Render.Tests.Cards;

public sealed class CardTimingTests
{
    [Fact]
    public void Fade_waits_eases_in_holds_and_eases_out()
    {
        double At(int frame) => TextFade.Opacity(frame, 150, new FrameRate(30), delaySeconds: 0.25, fadeSeconds: 0.9);

        Assert.Equal(0, At(0));
        Assert.InRange(At(12), 0.05, 0.95);
        Assert.Equal(1, At(75));
        Assert.Equal(0, At(149));
        Assert.Equal(At(10), At(139), 9);
    }

    [Fact]
    public void A_short_span_still_reaches_full_opacity_in_the_middle()
    {
        Assert.Equal(1, TextFade.Opacity(15, 31, new FrameRate(30), 0.25, 0.9), 2);
    }

    [Fact]
    public void Credits_scroll_from_below_the_frame_to_above_it_at_constant_speed()
    {
        var positions = Enumerable.Range(0, 101).Select(f => CreditsScroll.TopPixels(f, 101, 1080, 2000)).ToList();

        Assert.Equal(1080, positions[0]);
        Assert.Equal(-2000, positions[^1], 6);
        var steps = positions.Zip(positions.Skip(1), (a, b) => a - b).ToList();
        Assert.All(steps, s => Assert.Equal(30.8, s, 6));
    }

    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    [InlineData(1999, "MCMXCIX")]
    [InlineData(0, "0")]
    public void Act_numbers_are_roman(int number, string numeral) => Assert.Equal(numeral, RomanNumeral.Of(number));
}
