using Xunit.Abstractions;
using LegacyPress.Render.Composition;
using LegacyPress.Render.Encoding;
using LegacyPress.TestSupport.Measurement;
using LegacyPress.Render.Tests.Support;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Composition;

public class ShotSmoothnessTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_shot_pan_through_the_film_drawer_stays_within_a_tenth_of_a_pixel_of_its_path()
    {
        const int width = 640, height = 360;
        var still = TexturedStill.Create(1280, 720, seed: 9);
        using var project = new TestFilm("""
              - title: One
                shots:
                  - { id: pan, image: texture.png, duration: 1, motion: { preset: pan-right, amount: 0.02, easing: linear } }
            """, fps: 30);
        using (var image = still.ToSkImage())
        using (var data = image.Encode(SKEncodedImageFormat.Png, 100))
        {
            File.WriteAllBytes(Path.Combine(project.Folder, "texture.png"), data.ToArray());
        }
        project.Load();
        var frames = project.Timeline.TotalFrames;
        var video = Path.Combine(project.Folder, "pan.mp4");
        using (var drawer = new FilmFrameDrawer(project.Film, project.Timeline, width, height, new FilmFrameOptions(), new PlainCardArtist()))
        {
            await new EncodingPipeline(drawingThreads: 2).EncodeAsync(drawer, FrameRange.All(frames), new X264Settings(X264Preset.Ultrafast, 12), video);
        }

        // At zoom 1.02 the still leaves room for centres 0.5 ± (1 - 1/1.02) / 2: the pan covers exactly that, linearly.
        var room = (1 - 1 / 1.02) / 2;
        var path = KenBurnsPath.Over(new SourceRect(0, 0, 1280, 720), frames, 1.02, 1.02, (0.5 - room, 0.5), (0.5 + room, 0.5));
        var meter = new MotionPathMeter(still, path, width, height);
        await Smoothness.AssertWithinBoundAsync(meter, video, width, height, frames, output);
    }
}
