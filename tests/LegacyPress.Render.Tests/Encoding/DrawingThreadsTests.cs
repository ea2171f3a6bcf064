using LegacyPress.Render.Encoding;

namespace LegacyPress.Render.Tests.Encoding;

public sealed class DrawingThreadsTests
{
    private static readonly Func<string, string?> NoOverride = _ => null;

    [Theory]
    [InlineData(X264Preset.Medium, 2, 1)]
    [InlineData(X264Preset.Medium, 8, 2)]
    [InlineData(X264Preset.Slow, 16, 4)]
    [InlineData(X264Preset.Fast, 8, 4)]
    [InlineData(X264Preset.Ultrafast, 2, 2)]
    [InlineData(X264Preset.Veryfast, 12, 12)]
    [InlineData(X264Preset.Medium, 1, 1)]
    public void Slow_presets_leave_the_cores_to_x264_and_fast_ones_draw_on_all(X264Preset preset, int cores, int threads) =>
        Assert.Equal(threads, DrawingThreads.For(preset, cores, NoOverride));

    [Theory]
    [InlineData("3", 3)]
    [InlineData("64", 64)]
    [InlineData("0", 1)]
    [InlineData("65", 1)]
    [InlineData("two", 1)]
    [InlineData("-2", 1)]
    public void The_variable_overrides_the_choice_when_it_is_a_whole_number_in_range(string value, int threads) =>
        Assert.Equal(threads, DrawingThreads.For(X264Preset.Medium, 2, name => name == DrawingThreads.Variable ? value : null));
}
