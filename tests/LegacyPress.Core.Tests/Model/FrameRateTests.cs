using LegacyPress.Core.Model;

namespace LegacyPress.Core.Tests.Model;

public sealed class FrameRateTests
{
    [Fact]
    public void Rates_are_kept_in_lowest_terms_so_equal_rates_are_equal()
    {
        Assert.Equal(new FrameRate(30), new FrameRate(60, 2));
        Assert.Equal((30000, 1001), (FrameRate.Ntsc(30).Numerator, FrameRate.Ntsc(30).Denominator));
        Assert.Equal("30", new FrameRate(60, 2).ToString());
        Assert.Equal("30000/1001", FrameRate.Ntsc(30).ToString());
        Assert.Equal("25/2", new FrameRate(25, 2).ToString());
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(30, 0)]
    [InlineData(-30, 1)]
    [InlineData(30000, -1001)]
    public void Zero_and_negative_parts_are_not_a_rate(int numerator, int denominator)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FrameRate(numerator, denominator));
    }

    [Fact]
    public void Frame_n_starts_at_n_times_denominator_over_numerator_seconds()
    {
        var ntsc = FrameRate.Ntsc(30);

        Assert.Equal(0, ntsc.Seconds(0));
        Assert.Equal(1001, ntsc.Seconds(30000));
        Assert.Equal(5.005, ntsc.Seconds(150));
        // Ten minutes of NTSC is 17982 frames, just short of ten minutes: 2999997/5000 s exactly.
        Assert.Equal(2999997 / 5000.0, ntsc.Seconds(17982));
        Assert.Equal(29.97002997002997, ntsc.FramesPerSecond, 12);
    }

    [Theory]
    [InlineData(1.0 / 3, 30, 1, 10)]
    [InlineData(0.25, 30, 1, 8)]
    [InlineData(4.01, 24, 1, 96)]
    [InlineData(0.01, 30, 1, 0)]
    [InlineData(0.5, 25, 1, 13)]
    [InlineData(6, 24000, 1001, 144)]
    [InlineData(60, 30000, 1001, 1798)]
    [InlineData(300, 30000, 1001, 8991)]
    [InlineData(300, 60000, 1001, 17982)]
    public void Seconds_round_to_the_nearest_whole_frame_halves_away_from_zero(double seconds, int numerator, int denominator, int frames)
    {
        Assert.Equal(frames, new FrameRate(numerator, denominator).Frames(seconds));
    }

    [Theory]
    [InlineData(24)]
    [InlineData(30)]
    [InlineData(60)]
    public void Every_frame_of_three_hours_of_ntsc_maps_back_to_itself(int nominal)
    {
        var rate = FrameRate.Ntsc(nominal);
        var frames = 3 * 3600 * nominal;

        var strays = Enumerable.Range(0, frames).Where(n => rate.Frames(rate.Seconds(n)) != n).Take(5).ToList();

        Assert.Empty(strays);
    }
}
