using LegacyPress.Render.Composition;
using LegacyPress.Render.Media;
using LegacyPress.Render.Tests.Support;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Composition;

public class StillLibraryTests
{
    [Fact]
    public void A_still_is_decoded_once_at_the_detail_the_film_needs()
    {
        using var folder = new TempFolder();
        WritePng(folder.File("big.png"), 2000, 1000);
        var asked = 0;
        using var library = new StillLibrary(p => folder.File(p), (_, _) => { Interlocked.Increment(ref asked); return 0.25; }, new SKSizeI(400, 225));

        Parallel.For(0, 8, _ =>
        {
            using var lease = library.Rent("big.png");
            Assert.Equal(new PixelSize(2000, 1000), lease.Still.SourceSize);
            // 0.25 of the source plus the oversampling headroom, never more.
            Assert.Equal((int)Math.Ceiling(2000 * 0.25 * StillLibrary.Oversampling), lease.Still.Image.Width);
        });

        Assert.Equal(1, asked);
        Assert.Equal(1, library.LoadedCount);
    }

    [Fact]
    public void Idle_stills_are_dropped_beyond_the_byte_budget_and_ones_in_use_are_kept()
    {
        using var folder = new TempFolder();
        foreach (var name in new[] { "a.png", "b.png", "c.png" })
        {
            WritePng(folder.File(name), 200, 100);
        }
        // Each still is 200x100x4 = 80 kB at full detail; the budget holds one.
        using var library = new StillLibrary(p => folder.File(p), (_, _) => 1, new SKSizeI(200, 100), byteBudget: 100_000);

        using (var a = library.Rent("a.png"))
        {
            using (library.Rent("b.png"))
            {
                // Both on screen: kept, whatever the budget.
                Assert.Equal(2, library.LoadedCount);
            }
            // b is idle and over budget: dropped; a is still in use.
            Assert.Equal(1, library.LoadedCount);
            Assert.Equal(200, a.Still.Image.Width);
        }
        using (var c = library.Rent("c.png"))
        {
            // a, now idle and least recently used, made room for c.
            Assert.Equal(200, c.Still.Image.Width);
        }
        Assert.Equal(1, library.LoadedCount);
    }

    [Fact]
    public void A_file_that_is_not_an_image_is_reported_by_its_film_path()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("broken.jpg"), "not a picture");
        using var library = new StillLibrary(p => folder.File(p), (_, _) => 1, new SKSizeI(64, 36));

        var error = Assert.Throws<ImageRefusedException>(() => library.Rent("broken.jpg"));

        Assert.Equal("broken.jpg", error.Path);
        Assert.Equal("image 'broken.jpg' is not a PNG, JPEG or WebP picture", error.Message);
    }

    private static void WritePng(string path, int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height))!;
        surface.Canvas.Clear(SKColors.Teal);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
