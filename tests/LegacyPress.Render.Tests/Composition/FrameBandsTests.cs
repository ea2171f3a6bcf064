using LegacyPress.Render.Cards;
using LegacyPress.Render.Composition;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Frames;
using LegacyPress.Render.Look;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Composition;

/// <summary>
/// Frames painted a band at a time (resampled, matched, graded and converted while in the cache) against the
/// same frames rendered whole and converted: the encoder must get the same bytes either way, to the bit.
/// </summary>
public class FrameBandsTests
{
    [Theory]
    [InlineData(160, 90)]
    [InlineData(320, 182)]
    public void Frames_painted_in_bands_reach_the_encoder_as_the_same_bytes_as_whole_frames(int width, int height)
    {
        // Moving cover shots with and without a colour match, one with a title (in bands only where the title is not
        // shown), a crossfade, a hold, a contain shot and a wide zoom out (never in bands); the look's every part on.
        using var project = new TestFilm("""
              - title: One
                shots:
                  - { id: pan, image: noise.png, duration: 3, motion: pan-right, transition: { type: crossfade, duration: 0.5 } }
                  - { id: matched, image: tall.png, duration: 3, motion: zoom-in, transition: { type: cut } }
                  - { id: titled, image: noise.png, duration: 4, motion: pan-left, title: Over the pan, transition: { type: cut } }
                  - { id: hold, image: noise.png, duration: 3, motion: still }
                  - { id: fit, image: tall.png, duration: 3, motion: pan-left, fit: contain }
                  - { id: away, image: noise.png, duration: 3, motion: { start: { zoom: 3 }, end: { zoom: 1 } } }
            """).Still("noise.png", 403, 227, TestStills.Noise).Still("tall.png", 151, 263, TestStills.Noise).Load();
        var match = new CubeGrader(CubeLut.FromFunction("warm", 17, (r, g, b) => (MathF.Sqrt(r), g * 0.9f, b * b)));
        var options = new FilmFrameOptions { ShotGrades = new Dictionary<string, CubeGrader> { ["matched"] = match } };
        var look = new LookProcessor(width, height, CubeLut.FromFunction("cool", 9, (r, g, b) => (r * r, g, MathF.Sqrt(b))), 0.7, 0.5, 0.6, 11, letterbox: true);
        using var drawer = new LookedFrameDrawer(new FilmFrameDrawer(project.Film, project.Timeline, width, height, options, new CardArtist()), look);
        using var raster = new RasterFrame(width, height);
        var whole = new byte[Yuv420Converter.FrameBytes(width, height)];
        var banded = new byte[whole.Length];
        var buffer = BandedYuv420.NewBuffer(width);

        var inBands = new List<int>();
        for (var f = 0; f < drawer.FrameCount; f++)
        {
            using var bands = ((IFrameDrawer)drawer).BandsOf(f);
            if (bands is null)
            {
                continue;
            }
            inBands.Add(f);
            drawer.Render(f, raster);
            Yuv420Converter.FromBgra(raster.Pixels(), raster.RowBytes, width, height, whole);
            Array.Clear(banded);
            BandedYuv420.Convert(bands, width, height, buffer, banded);
            Assert.True(whole.AsSpan().SequenceEqual(banded), $"frame {f} differs in bands");
        }

        var shots = project.Timeline.Shots.ToDictionary(s => s.Shot.Id);
        bool Banded(string id) => inBands.Any(f => f >= shots[id].StartFrame && f < shots[id].StartFrame + shots[id].FrameCount);
        Assert.True(Banded("pan") && Banded("matched") && Banded("titled"), $"every moving cover shot has frames in bands: {string.Join(",", inBands)}");
        Assert.False(Banded("hold") || Banded("fit") || Banded("away"), "holds, contain shots and trilinear moves are drawn on a canvas");
        var titled = shots["titled"];
        Assert.True(inBands.Count(f => f >= titled.StartFrame && f < titled.StartFrame + titled.FrameCount) < titled.FrameCount - 20,
            "the frames showing the title are drawn on a canvas");
    }

    [Fact]
    public void A_band_of_rows_converts_to_the_bytes_the_whole_frame_gives_them()
    {
        const int width = 38, height = 20;
        var bgra = new byte[width * 4 * height];
        new Random(3).NextBytes(bgra);
        var whole = new byte[Yuv420Converter.FrameBytes(width, height)];
        Yuv420Converter.FromBgra(bgra, width * 4, width, height, whole);

        var banded = new byte[whole.Length];
        foreach (var (first, rows) in new[] { (0, 6), (6, 2), (8, 12) })
        {
            Yuv420Converter.FromBgraRows(bgra.AsSpan(first * width * 4), width * 4, width, height, first, rows, banded);
        }

        Assert.Equal(whole, banded);
        Assert.Throws<ArgumentException>(() => Yuv420Converter.FromBgraRows(bgra, width * 4, width, height, 1, 2, banded));
    }

    [Fact]
    public void A_still_resampled_a_band_at_a_time_gives_the_whole_draws_bytes()
    {
        using var still = new SKBitmap(new SKImageInfo(97, 61, SKColorType.Bgra8888, SKAlphaType.Premul));
        new Random(5).NextBytes(still.GetPixelSpan());
        using var stillPixels = still.PeekPixels();
        var matrix = SKMatrix.CreateScaleTranslation(1.37f, 1.21f, -11.3f, -7.9f);
        const int width = 64, height = 40;
        using var whole = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var wholePixels = whole.PeekPixels();
        BilinearResampler.Draw(BgraPixels.Of(stillPixels), matrix, BgraPixels.Of(wholePixels));

        var band = new byte[width * 4 * 7];
        using var resampler = new BilinearResampler(matrix, 97, 61, width, height);
        for (var first = 0; first < height; first += 7)
        {
            var rows = Math.Min(7, height - first);
            resampler.DrawRows(BgraPixels.Of(stillPixels), first, new BgraPixels(band, width, rows, width * 4));
            Assert.True(band.AsSpan(0, rows * width * 4).SequenceEqual(whole.GetPixelSpan().Slice(first * width * 4, rows * width * 4)), $"rows from {first} differ");
        }
    }

}
