using LegacyPress.TestSupport.Measurement;
using Xunit.Abstractions;

namespace LegacyPress.Render.Tests.Support;

/// <summary>The smoothness bound the renderer promises, checked on an encoded video against its planned path.</summary>
internal static class Smoothness
{
    public const double MaxRmsPixels = 0.1;

    public static async Task AssertWithinBoundAsync(MotionPathMeter meter, string video, int width, int height, int frames, ITestOutputHelper output)
    {
        var deviations = new List<FrameDeviation>();
        var frame = 0;
        await foreach (var luma in VideoFrames.ReadLumaAsync(video, width, height))
        {
            deviations.Add(meter.Measure(frame++, luma));
        }
        var error = MotionPathMeter.Summarise(deviations);

        output.WriteLine($"RMS {error.RmsPixels:0.0000} px, max {error.MaxPixels:0.0000} px, jitter {error.JitterRmsPixels:0.0000} px");
        Assert.Equal(frames, error.Frames);
        Assert.True(error.RmsPixels <= MaxRmsPixels, $"RMS path error {error.RmsPixels:0.000} px (max {error.MaxPixels:0.000} px)");
    }
}
