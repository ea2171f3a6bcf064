using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Composition;
using LegacyPress.Render.Films;
using LegacyPress.Render.Frames;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Composition;

public class FilmFrameDrawerTests
{
    private static readonly SKColor Red = new(200, 40, 40);
    private static readonly SKColor Blue = new(40, 60, 200);

    [Fact]
    public void A_crossfade_between_a_portrait_and_a_landscape_still_blends_them_over_the_whole_frame()
    {
        using var project = new TestFilm("""
              - title: One
                shots:
                  - { id: tall, image: tall.png, duration: 2, motion: zoom-in, transition: { type: crossfade, duration: 1, easing: linear } }
                  - { id: wide, image: wide.png, duration: 2, motion: pan-left }
            """).Still("tall.png", 301, 517, (_, _) => Red).Still("wide.png", 811, 297, (_, _) => Blue).Load();
        var span = Assert.Single(project.Timeline.Transitions);
        using var drawer = Drawer(project);

        using var mid = Frame(drawer, span.StartFrame + span.FrameCount / 2);

        // Progress (5+1)/11 of the way from red to blue, on every pixel: no black bars, no edge of either still.
        var p = 6 / 11.0;
        var expected = new SKColor((byte)(Red.Red + (Blue.Red - Red.Red) * p), (byte)(Red.Green + (Blue.Green - Red.Green) * p), (byte)(Red.Blue + (Blue.Blue - Red.Blue) * p));
        Pixels.All(mid, expected, tolerance: 3);
    }

    [Fact]
    public void Cover_fills_the_frame_from_the_framing_centre()
    {
        // Left half black, right half white: at zoom 1 a 16:9 frame of this 2:1 still shows both halves around x = 0.5.
        using var project = new TestFilm("""
              - title: One
                shots:
                  - { id: split, image: split.png, duration: 1, motion: still }
            """).Still("split.png", 400, 200, (x, _) => x < 200 ? SKColors.Black : SKColors.White).Load();
        using var drawer = Drawer(project);

        using var frame = Frame(drawer, 5);

        Pixels.Near(SKColors.Black, frame.GetPixel(10, 45));
        Pixels.Near(SKColors.Black, frame.GetPixel(78, 45));
        Pixels.Near(SKColors.White, frame.GetPixel(82, 45));
        Pixels.Near(SKColors.White, frame.GetPixel(150, 45));
    }

    [Fact]
    public void Contain_shows_the_whole_still_on_a_darkened_fill_of_itself()
    {
        // A wide still (left edge green, rest blue) in a 16:9 frame: it fits the width, with fill above and below.
        using var project = new TestFilm("""
              - title: One
                shots:
                  - { id: wide, image: wide.png, duration: 1, motion: still, fit: contain }
            """).Still("wide.png", 800, 200, (x, _) => x < 40 ? SKColors.Lime : Blue).Load();
        using var drawer = Drawer(project);

        using var frame = Frame(drawer, 5);

        // The still: 160x40 across the middle rows 25..65, its green left edge visible.
        Pixels.Near(SKColors.Lime, frame.GetPixel(1, 45), tolerance: 6);
        Pixels.Near(Blue, frame.GetPixel(120, 45), tolerance: 6);
        // The fill: the still's blue, darkened, never black.
        var fill = frame.GetPixel(120, 5);
        Assert.InRange(fill.Blue, 40, 140);
        Assert.True(fill.Blue > fill.Red, $"fill {fill}");
    }

    [Fact]
    public void Cards_and_shot_text_are_drawn_by_the_card_artist()
    {
        using var project = new TestFilm("""
              - title: One
                shots:
                  - { id: a, image: a.png, duration: 2, motion: still, title: Hello }
            """, cardsYaml: "cards: { opening: { duration: 2 }, acts: false, credits: false }").Still("a.png", 64, 64, (_, _) => Red).Load();
        var artist = new RecordingCardArtist();
        using var drawer = new FilmFrameDrawer(project.Film, project.Timeline, 160, 90, new FilmFrameOptions(), artist);

        Frame(drawer, 0).Dispose();
        Frame(drawer, project.Timeline.TotalFrames - 1).Dispose();

        Assert.Equal(["card title card 0", $"shot a {project.Timeline.Segments[1].FrameCount - 1}"], artist.Calls);
    }

    [Fact]
    public void Vertical_reframing_keeps_the_subject_in_frame_through_a_pan()
    {
        // A bright subject near the right edge of a wide still, panned across in a 9:16 frame.
        using var project = new TestFilm("""
              - title: One
                shots:
                  - { id: wide, image: wide.png, duration: 2, motion: { preset: pan-left, amount: 0.2 }, focus: [0.8, 0.5] }
            """).Still("wide.png", 640, 360, (x, y) => Math.Abs(x - 512) < 6 && Math.Abs(y - 180) < 6 ? SKColors.White : new SKColor(30, 30, 60)).Load();
        using var drawer = new FilmFrameDrawer(project.Film, project.Timeline, 90, 160, new FilmFrameOptions { ReframeVertical = true }, new PlainCardArtist());

        for (var f = 0; f < drawer.FrameCount; f += 3)
        {
            using var frame = Frame(drawer, f);
            var brightest = Enumerable.Range(0, frame.Width * frame.Height).Max(i => Pixels.Luma(frame.GetPixel(i % frame.Width, i / frame.Width)));
            Assert.True(brightest > 200, $"the subject left the frame at frame {f}");
        }
    }

    [Fact]
    public void Drawing_frames_from_several_threads_gives_the_same_pixels_as_one()
    {
        using var project = new TestFilm("""
              - title: One
                shots:
                  - { id: tall, image: tall.png, duration: 2, motion: zoom-in, transition: { type: film-burn, duration: 1 } }
                  - { id: wide, image: wide.png, duration: 2, motion: pan-right }
            """).Still("tall.png", 300, 500, (x, y) => new SKColor((byte)x, (byte)y, 90)).Still("wide.png", 800, 300, (x, y) => new SKColor(90, (byte)x, (byte)y)).Load();
        using var one = Drawer(project);
        using var many = Drawer(project);
        var frames = Enumerable.Range(0, one.FrameCount).ToList();

        var serial = frames.Select(f => Bytes(one, f)).ToList();
        // A fresh drawer, so the threads also race to decode the stills.
        var parallel = new byte[frames.Count][];
        Parallel.ForEach(frames, new ParallelOptions { MaxDegreeOfParallelism = 4 }, f => parallel[f] = Bytes(many, f));

        Assert.All(frames, f => Assert.Equal(serial[f], parallel[f]));
    }

    [Theory]
    [InlineData(160, 90)]
    [InlineData(161, 91)]
    public void Rendering_into_a_raster_frame_gives_the_picture_drawing_on_a_canvas_gives(int width, int height)
    {
        // Moving cover shots (resampled straight into the frame's pixels), a crossfade between two of them (into its
        // layers), a held shot with a title, a contain shot and a zoom out wide enough for mipmaps (both Skia's).
        using var project = new TestFilm("""
              - title: One
                shots:
                  - { id: pan, image: noise.png, duration: 2, motion: pan-right, title: Over the pan, transition: { type: crossfade, duration: 0.5 } }
                  - { id: zoom, image: tall.png, duration: 2, motion: zoom-in }
                  - { id: hold, image: noise.png, duration: 2, motion: still, title: Held }
                  - { id: fit, image: tall.png, duration: 2, motion: pan-left, fit: contain }
                  - { id: away, image: noise.png, duration: 2, motion: { start: { zoom: 3 }, end: { zoom: 1 } } }
            """).Still("noise.png", 403, 227, TestStills.Noise).Still("tall.png", 151, 263, TestStills.Noise).Load();
        using var drawer = new FilmFrameDrawer(project.Film, project.Timeline, width, height, new FilmFrameOptions(), new PlainCardArtist());
        using var raster = new RasterFrame(width, height);

        var worst = 0;
        for (var f = 0; f < drawer.FrameCount; f++)
        {
            using var drawn = Frame(drawer, f);
            drawer.Render(f, raster);
            var rendered = raster.Pixels();
            var expected = drawn.GetPixelSpan();
            for (var y = 0; y < height; y++)
            {
                for (var i = 0; i < width * 4; i++)
                {
                    worst = Math.Max(worst, Math.Abs(expected[y * drawn.RowBytes + i] - rendered[y * raster.RowBytes + i]));
                }
            }
        }

        Assert.True(worst <= 1, $"Render differs from Draw by {worst} code values");
    }


    private static FilmFrameDrawer Drawer(TestFilm project) =>
        new(project.Film, project.Timeline, 160, 90, new FilmFrameOptions(), new PlainCardArtist());

    private static SKBitmap Frame(FilmFrameDrawer drawer, int frame)
    {
        using var image = StillRenderer.Draw(drawer, frame);
        return SKBitmap.FromImage(image);
    }

    private static byte[] Bytes(FilmFrameDrawer drawer, int frame)
    {
        using var bitmap = Frame(drawer, frame);
        return bitmap.Bytes;
    }

    private sealed class RecordingCardArtist : ICardArtist
    {
        public List<string> Calls { get; } = [];

        public void DrawCard(SKCanvas canvas, SKSizeI frameSize, CardSegment card, int frameInCard, FrameRate frameRate)
        {
            lock (Calls)
            {
                Calls.Add($"card {card.Label} {frameInCard}");
            }
        }

        public void DrawShotText(SKCanvas canvas, SKSizeI frameSize, ShotSegment shot, int frameInShot, FrameRate frameRate)
        {
            lock (Calls)
            {
                Calls.Add($"shot {shot.Shot.Id} {frameInShot}");
            }
        }

        public void Dispose()
        {
        }
    }
}
