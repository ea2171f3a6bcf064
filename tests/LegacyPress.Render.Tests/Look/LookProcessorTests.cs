using LegacyPress.Core.Model;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Look;
using LegacyPress.Render.Tests.Support;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Look;

public sealed class LookProcessorTests
{
    [Fact]
    public void An_identity_lut_at_full_strength_leaves_pixels_unchanged()
    {
        var look = new LookProcessor(64, 48, CubeLut.Identity(33), 1, 0, 0, 1, false);
        var pixels = LookFrames.Random(64, 48, seed: 3);
        var original = pixels.ToArray();

        look.Apply(pixels, 64 * 4, 0);

        Assert.Equal(original, pixels);
    }

    [Fact]
    public void Lut_strength_blends_between_the_picture_and_the_grade()
    {
        var invert = CubeLut.FromFunction("invert", 17, (r, g, b) => (1 - r, 1 - g, 1 - b));
        var half = new LookProcessor(1, 1, invert, 0.5, 0, 0, 1, false);
        byte[] pixel = [0, 100, 200, 255];

        half.Apply(pixel, 4, 0);

        // Blue 0 -> 255 at half strength: 127.5; green 100 -> 155: 127.5; red 200 -> 55: 127.5.
        Assert.All(pixel[..3], v => Assert.InRange(v, 127, 128));
    }

    [Fact]
    public void Grain_is_the_same_for_the_same_seed_and_frame_and_changes_from_frame_to_frame()
    {
        byte[] Graded(int seed, int frame)
        {
            var look = new LookProcessor(32, 32, null, 1, 0, 0.5, seed, false);
            var pixels = LookFrames.Grey(32, 32, 128);
            look.Apply(pixels, 32 * 4, frame);
            return pixels;
        }

        Assert.Equal(Graded(7, 10), Graded(7, 10));
        Assert.NotEqual(Graded(7, 10), Graded(7, 11));
        Assert.NotEqual(Graded(7, 10), Graded(8, 10));
        var values = Graded(7, 10).Where((_, i) => i % 4 == 0).Select(v => (double)v).ToList();
        Assert.InRange(values.Average(), 126, 130);
        Assert.True(values.Max() - values.Min() > 10, "grain at 0.5 should be visible");
    }

    [Fact]
    public void Grain_is_strongest_in_the_mid_tones()
    {
        double Spread(byte level)
        {
            var look = new LookProcessor(64, 64, null, 1, 0, 0.5, 1, false);
            var pixels = LookFrames.Grey(64, 64, level);
            look.Apply(pixels, 64 * 4, 0);
            var values = pixels.Where((_, i) => i % 4 == 1).Select(v => (double)v).ToList();
            var mean = values.Average();
            return Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
        }

        Assert.True(Spread(128) > 1.8 * Spread(12));
    }

    [Theory]
    [InlineData(1920, 1080, 138)]
    [InlineData(3840, 2160, 276)]
    [InlineData(640, 360, 46)]
    public void Letterbox_bars_are_exact_and_leave_a_2_39_picture(int width, int height, int bar)
    {
        Assert.Equal(bar, Letterbox.BarHeightPixels(width, height));
        var look = new LookProcessor(width, height, null, 1, 0, 0, 1, letterbox: true);
        var pixels = LookFrames.Grey(width, height, 200);

        look.Apply(pixels, width * 4, 0);

        bool RowIsBlack(int y) => pixels.AsSpan(y * width * 4, width * 4).ToArray().Where((_, i) => i % 4 != 3).All(v => v == 0);
        Assert.True(RowIsBlack(0) && RowIsBlack(bar - 1) && RowIsBlack(height - bar) && RowIsBlack(height - 1));
        Assert.False(RowIsBlack(bar));
        Assert.False(RowIsBlack(height - bar - 1));
        Assert.InRange((double)width / (height - 2 * bar), 2.38, 2.40);
    }

    [Theory]
    [InlineData(1080, 1920)]
    [InlineData(1080, 1080)]
    public void Portrait_and_square_frames_get_no_bars(int width, int height) => Assert.Equal(0, Letterbox.BarHeightPixels(width, height));

    [Fact]
    public void Vignette_darkens_the_corners_and_leaves_the_centre()
    {
        var look = new LookProcessor(200, 100, null, 1, 0.5, 0, 1, false);
        var pixels = LookFrames.Grey(200, 100, 200);

        look.Apply(pixels, 200 * 4, 0);

        Assert.Equal(200, pixels[(50 * 200 + 100) * 4]);
        Assert.InRange((int)pixels[0], 90, 120);
    }

    [Fact]
    public void Looked_drawer_grades_what_the_inner_drawer_drew()
    {
        var inner = new MovingGradientDrawer(160, 90, 30, 10);
        var look = new LookProcessor(160, 90, CubeLut.FromFunction("invert", 5, (r, g, b) => (1 - r, 1 - g, 1 - b)), 1, 0, 0, 1, true);
        using var drawer = new LookedFrameDrawer(inner, look);
        using var plain = new SKBitmap(160, 90);
        using var graded = new SKBitmap(160, 90);
        using (var canvas = new SKCanvas(plain))
        {
            inner.Draw(3, canvas);
        }
        using (var canvas = new SKCanvas(graded))
        {
            drawer.Draw(3, canvas);
        }

        var before = plain.GetPixel(80, 45);
        var after = graded.GetPixel(80, 45);
        Assert.InRange(after.Red, 254 - before.Red, 256 - before.Red);
        Assert.InRange(after.Blue, 254 - before.Blue, 256 - before.Blue);
        Assert.Equal(SKColors.Black, graded.GetPixel(80, 0));
    }

    [Fact]
    public void A_missing_or_malformed_lut_is_a_render_error_naming_the_project_path()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("looks"));
        File.WriteAllText(folder.File("looks/bad.cube"), "LUT_3D_SIZE 2\n0 0 0\n");
        var project = new ProjectInfo(folder.Path, folder.File("film.yaml"), 1);

        var missing = Assert.Throws<RenderException>(() => LookProcessor.Create(new Core.Model.Look("looks/none.cube", 1, 0, 0, false, 1), project, 64, 36));
        var malformed = Assert.Throws<RenderException>(() => LookProcessor.Create(new Core.Model.Look("looks/bad.cube", 1, 0, 0, false, 1), project, 64, 36));

        Assert.Contains("looks/none.cube", missing.Message);
        Assert.Contains("looks/bad.cube:1: LUT_3D_SIZE 2 needs 8 colour rows", malformed.Message);
    }

    [Fact]
    public void A_look_with_nothing_to_do_is_neutral()
    {
        Assert.True(LookProcessor.Create(new Core.Model.Look(null, 1, 0, 0, false, 1), new ProjectInfo("/tmp", "/tmp/film.yaml", 1), 64, 36).IsNeutral);
    }

    [Theory]
    [InlineData("warm-brass")]
    [InlineData("cold-portal")]
    [InlineData("bleach-bypass")]
    public void Each_shipped_look_grades_a_sample_still_without_crushing_it(string lutName)
    {
        var root = RepositoryFiles.Root;
        using var still = SKBitmap.Decode(Path.Combine(root, "samples", "legacy", "images", "brass-device.jpg"));
        using var frame = new SKBitmap(new SKImageInfo(640, 360, SKColorType.Bgra8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(frame))
        {
            canvas.DrawBitmap(still, new SKRect(0, 0, 640, 360), new SKSamplingOptions(SKFilterMode.Linear), null);
        }
        var before = Pixels.MeanLuma(frame);
        var look = new LookProcessor(640, 360, CubeLut.Load(Path.Combine(root, "templates", "luts", lutName + ".cube")), 0.8, 0.35, 0.12, 7, letterbox: true);

        look.Apply(frame.GetPixelSpan(), frame.RowBytes, 0);
        frame.NotifyPixelsChanged();
        Pixels.Keep(frame, "look-" + lutName);

        var after = Pixels.MeanLuma(frame);
        // Bars and vignette darken; the grade itself must not crush or blow out the picture.
        Assert.InRange(after, before * 0.5, before * 1.05);
    }
}
