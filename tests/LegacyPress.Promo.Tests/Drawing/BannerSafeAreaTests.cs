using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Platforms;
using LegacyPress.Promo.Tests.Support;
using SkiaSharp;

namespace LegacyPress.Promo.Tests.Drawing;

/// <summary>The YouTube banner checked on pixels: phones crop it to the centred safe band, so no type may be drawn outside it.</summary>
public sealed class BannerSafeAreaTests
{
    [Fact]
    public void Every_pixel_the_banner_type_changes_lies_inside_the_safe_area()
    {
        using var sample = new SampleServices();
        var banner = sample.Template(PlatformSpecs.YouTubeBanner);
        Assert.Contains(banner.Layers, l => l.IsType);

        using var withType = AssetPainter.Raster(banner, sample.Services, CancellationToken.None);
        // The same template without its type layers: whatever differs between the two was drawn by the type
        // (glyphs, their shadows, anti-aliasing), which a layout-box check alone cannot see.
        using var withoutType = AssetPainter.Raster(banner with { Layers = banner.Layers.Where(l => !l.IsType).ToList() }, sample.Services, CancellationToken.None);

        using var typed = SKBitmap.FromImage(withType);
        using var plain = SKBitmap.FromImage(withoutType);
        var safe = banner.Platform.SafeArea;
        var changed = 0;
        var outside = new List<(int X, int Y)>();
        for (var y = 0; y < typed.Height; y++)
        {
            for (var x = 0; x < typed.Width; x++)
            {
                if (typed.GetPixel(x, y) == plain.GetPixel(x, y))
                {
                    continue;
                }
                changed++;
                if (x < safe.X || x >= safe.Right || y < safe.Y || y >= safe.Bottom)
                {
                    outside.Add((x, y));
                }
            }
        }

        Assert.True(changed > 10_000, $"the type changed only {changed} pixels: was it drawn at all?");
        Assert.True(outside.Count == 0, $"{outside.Count} pixels of type outside the safe area {safe}, first at {outside.FirstOrDefault()}");
    }
}
