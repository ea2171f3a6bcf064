using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Cards;
using LegacyPress.Render.Tests.Support;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Cards;

public sealed class CardArtistTests : IDisposable
{
    private static readonly FrameRate Fps = new(30);
    private readonly CardArtist artist = new();

    public void Dispose() => artist.Dispose();

    public static TheoryData<int, int> FrameSizes => new() { { 1920, 1080 }, { 3840, 2160 }, { 1080, 1920 }, { 640, 360 } };

    [Theory]
    [MemberData(nameof(FrameSizes))]
    public void Opening_title_is_drawn_centred_and_inside_the_frame_at_every_size(int width, int height)
    {
        var card = new CardSegment(0, 0, 150, new Card.OpeningTitle("Legacy: Journey Between Worlds", "Some inheritances are measured in worlds."));

        using var frame = DrawCard(card, 75, width, height);
        Pixels.Keep(frame, $"title-{width}x{height}");

        var ink = Pixels.InkBounds(frame) ?? throw new Xunit.Sdk.XunitException("the title card is blank");
        Assert.InRange(ink.MidX, width / 2.0 - width * 0.02, width / 2.0 + width * 0.02);
        Assert.InRange(ink.MidY, height * 0.38, height * 0.58);
        Assert.True(ink.Left > width * 0.05 && ink.Right < width * 0.95, $"title {ink} runs into the frame's edge");
        Assert.True(ink.Width > width * 0.3, "the title should be set large");
    }

    [Fact]
    public void Text_fades_in_from_the_bare_ground_and_out_to_it()
    {
        var card = new CardSegment(0, 0, 120, new Card.OpeningTitle("Legacy", null));

        using var first = DrawCard(card, 0, 640, 360);
        using var middle = DrawCard(card, 60, 640, 360);
        using var last = DrawCard(card, 119, 640, 360);

        Assert.Null(Pixels.InkBounds(first));
        Assert.NotNull(Pixels.InkBounds(middle));
        Assert.Null(Pixels.InkBounds(last));
        Assert.True(Pixels.MeanLuma(first) > 2, "the card's ground is a warm dark, not pure black");
    }

    [Fact]
    public void Act_card_shows_a_brass_numeral_over_the_title()
    {
        var card = new CardSegment(3, 0, 120, new Card.ActTitle(2, "The Door in the Workshop"));

        using var frame = DrawCard(card, 60, 1920, 1080);
        Pixels.Keep(frame, "act-1920x1080");

        var ink = Pixels.InkBounds(frame) ?? throw new Xunit.Sdk.XunitException("the act card is blank");
        Assert.InRange(ink.MidX, 960 - 30, 960 + 30);
        var brassRows = Enumerable.Range(0, frame.Height).Where(y => Enumerable.Range(0, frame.Width).Where(x => x % 2 == 0).Any(x => IsBrass(frame.GetPixel(x, y)))).ToList();
        Assert.NotEmpty(brassRows);
        Assert.True(brassRows.Min() < ink.MidY, "the act number sits above the title");
    }

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(1080, 1920)]
    public void Shot_title_and_caption_sit_in_the_lower_third_over_the_picture(int width, int height)
    {
        var shot = Segment(Shot("workshop", "The Workshop", "Elias kept the key on a string around his neck for forty years."), 0, 150);
        using var frame = new SKBitmap(width, height);
        using var canvas = new SKCanvas(frame);
        canvas.Clear(new SKColor(70, 90, 110));

        artist.DrawShotText(canvas, new SKSizeI(width, height), shot, 75, Fps);
        Pixels.Keep(frame, $"shot-text-{width}x{height}");

        var ink = Pixels.InkBounds(frame, threshold: 160) ?? throw new Xunit.Sdk.XunitException("no shot text drawn");
        Assert.True(ink.Top > height * 0.6, $"text {ink} should be in the lower third");
        Assert.True(ink.Bottom < height * 0.97);
        Assert.InRange(ink.MidX, width / 2.0 - width * 0.03, width / 2.0 + width * 0.03);
    }

    [Fact]
    public void A_shot_without_title_or_caption_is_left_untouched()
    {
        var shot = Segment(Shot("plain", null, null), 0, 90);
        using var frame = new SKBitmap(320, 180);
        using var canvas = new SKCanvas(frame);
        canvas.Clear(new SKColor(10, 200, 30));

        artist.DrawShotText(canvas, new SKSizeI(320, 180), shot, 45, Fps);

        Assert.All(new[] { (0, 0), (160, 170), (319, 179) }, p => Assert.Equal(new SKColor(10, 200, 30), frame.GetPixel(p.Item1, p.Item2)));
    }

    [Fact]
    public void Credits_roll_moves_up_steadily_from_frame_to_frame()
    {
        var credits = new List<Credit>
        {
            new("Written and directed by", ["Mara Quill"]),
            new("Music", ["LegacyPress ScoreGen"]),
            new("Special thanks", ["The open-source community", "Everyone who kept a workshop light on"]),
        };
        var card = new CardSegment(9, 0, 300, new Card.CreditsRoll(credits, "Legacy: Journey Between Worlds"));

        using var start = DrawCard(card, 0, 640, 360);
        Assert.Null(Pixels.InkBounds(start));

        // While the heading is on screen, its top edge climbs every frame, by about the same amount.
        var tops = new List<int>();
        for (var frame = 40; frame <= 70; frame += 3)
        {
            using var bitmap = DrawCard(card, frame, 640, 360);
            if (frame == 55)
            {
                Pixels.Keep(bitmap, "credits-640x360");
            }
            tops.Add((Pixels.InkBounds(bitmap) ?? throw new Xunit.Sdk.XunitException($"frame {frame} of the roll is blank")).Top);
        }
        var steps = tops.Zip(tops.Skip(1), (a, b) => a - b).ToList();
        Assert.All(steps, step => Assert.InRange(step, 1, 40));
        Assert.True(steps.Max() - steps.Min() <= 2, $"uneven scroll: {string.Join(", ", steps)}");
    }

    [Fact]
    public void Credits_roll_at_full_hd_reads_roles_over_names()
    {
        var credits = new List<Credit> { new("Narrator", ["espeak-ng (en-gb)"]), new("Edited with", ["LegacyPress"]) };
        var card = new CardSegment(9, 0, 200, new Card.CreditsRoll(credits, "Legacy"));

        using var frame = DrawCard(card, 100, 1920, 1080);
        Pixels.Keep(frame, "credits-1920x1080");

        Assert.NotNull(Pixels.InkBounds(frame));
    }

    [Theory]
    [InlineData(0.35)]
    [InlineData(1.0)]
    public void A_card_from_its_cached_pictures_matches_drawing_it_afresh(double opacity)
    {
        const int width = 960, height = 540;
        var title = new Card.OpeningTitle("Legacy: Journey Between Worlds", "Some inheritances are measured in worlds.");
        var card = new CardSegment(0, 0, 120, title);
        // The frame of the card whose fade gives this opacity (fade-in side).
        var frameInCard = Enumerable.Range(0, 60).First(f => TextFade.Opacity(f, 120, Fps, 0.25, 0.9) >= opacity);
        var fade = TextFade.Opacity(frameInCard, 120, Fps, 0.25, 0.9);
        using var cached = DrawCard(card, frameInCard, width, height);
        using var fonts = Render.Text.FontLibrary.LoadShipped();
        using var shaper = new Render.Text.TextShaper(fonts);

        using var afresh = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(afresh))
        {
            CardBackground.Draw(canvas, new SKSizeI(width, height));
            TitleCardLayout.Build(title, new CardTypography(new SKSizeI(width, height)), shaper).Draw(canvas, fade);
        }

        var worst = 0;
        var off = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                SKColor a = cached.GetPixel(x, y), b = afresh.GetPixel(x, y);
                var d = Math.Max(Math.Abs(a.Red - b.Red), Math.Max(Math.Abs(a.Green - b.Green), Math.Abs(a.Blue - b.Blue)));
                worst = Math.Max(worst, d);
                off += d > 1 ? 1 : 0;
            }
        }
        // Skia sets faded text with coverage adjusted for the paint's alpha, so drawing the text faded and fading a
        // picture of it (as an editor fades a title) differ a little along glyph edges, nowhere else.
        Assert.True(worst <= 8 && off < width * height / 1000, $"the cached card differs by up to {worst} code values in {off} pixels");
    }

    private SKBitmap DrawCard(CardSegment card, int frameInCard, int width, int height)
    {
        var bitmap = new SKBitmap(width, height);
        using var canvas = new SKCanvas(bitmap);
        artist.DrawCard(canvas, new SKSizeI(width, height), card, frameInCard, Fps);
        return bitmap;
    }

    private static bool IsBrass(SKColor c) => c.Red > 150 && c.Red - c.Blue > 60 && c.Green > 100;

    private static Shot Shot(string id, string? title, string? caption) => new(
        id, "images/x.png", new ShotDuration.Fixed(5), new MotionSpec.Preset(MotionPreset.Still, 0, Easing.Linear), FocusPoint.Centre, Fit.Cover,
        TransitionSpec.Cut, null, [], title, caption, null, false, new SourceLocation("film.yaml", 1, 1));

    private static ShotSegment Segment(Shot shot, int start, int frames) =>
        new(1, start, frames, shot, new Act(1, "Act", [shot], shot.Location), 1, new ResolvedMotion(new Framing(1, 0.5, 0.5), new Framing(1, 0.5, 0.5), Easing.Linear));
}
