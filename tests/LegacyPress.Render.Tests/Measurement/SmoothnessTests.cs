using Xunit.Abstractions;
using LegacyPress.Core.Model;
using LegacyPress.Render.Encoding;
using LegacyPress.TestSupport.Measurement;
using LegacyPress.Render.Tests.Support;
using LegacyPress.TestSupport;

namespace LegacyPress.Render.Tests.Measurement;

public class SmoothnessTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_slow_ken_burns_move_stays_within_a_tenth_of_a_pixel_of_its_planned_path()
    {
        const int width = 640, height = 360, frames = 30;
        using var folder = new TempFolder();
        var still = TexturedStill.Create(1280, 720, seed: 3);
        var path = KenBurnsPath.Over(new SourceRect(0, 0, 1280, 720), frames, 1.0, 1.06, (0.50, 0.50), (0.53, 0.52));
        using var image = still.ToSkImage();
        var video = folder.File("move.mp4");

        await new EncodingPipeline(drawingThreads: 2).EncodeAsync(new KenBurnsDrawer(image, path, width, height, new FrameRate(30)), FrameRange.All(frames), new X264Settings(X264Preset.Ultrafast, 12), video);

        var meter = new MotionPathMeter(still, path, width, height);
        await Smoothness.AssertWithinBoundAsync(meter, video, width, height, frames, output);
    }

    [Fact]
    public void The_meter_sees_a_deliberate_half_pixel_offset()
    {
        const int width = 320, height = 180;
        var still = TexturedStill.Create(640, 360, seed: 5);
        var path = KenBurnsPath.Over(new SourceRect(0, 0, 640, 360), 2, 1.0, 1.0, (0.5, 0.5), (0.5, 0.5));
        // Render the plan by hand, shifted right by 0.5 frame pixels (= 1 still pixel).
        var view = path.View(0);
        var values = new float[width * height];
        for (var v = 0; v < height; v++)
        {
            for (var u = 0; u < width; u++)
            {
                var (x, y) = view.Map(u - 0.5, v, width, height);
                values[v * width + u] = (float)(16 + 219.0 / 255 * still.Sample(x, y));
            }
        }

        var deviation = new MotionPathMeter(still, path, width, height).Measure(0, new GrayImage(width, height, values));

        Assert.All(deviation.Shifts, s =>
        {
            Assert.Equal(0.5, s.X, 2);
            Assert.Equal(0.0, s.Y, 2);
        });
    }
}
