using System.Collections.Concurrent;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Composition;
using LegacyPress.Render.Text;
using SkiaSharp;

namespace LegacyPress.Render.Cards;

/// <summary>
/// The film's typography: opening title, act cards and end-credits roll on a warm dark ground, and shot titles and
/// captions as a lower third with a soft shadow. Text is shaped once per card and frame size (cached), then only
/// faded or scrolled per frame. Thread-safe.
/// </summary>
// INTEGRATION: the picture composition (feat/compose) takes an ICardArtist: `new CardArtist()` (shipped fonts,
// disposed with it). Call DrawCard for CardSegments and DrawShotText after drawing each shot's picture.
public sealed class CardArtist : ICardArtist
{
    /// <summary>Cards and shot text wait this long before fading in, and are gone this long before their span ends.</summary>
    private const double FadeDelaySeconds = 0.25;

    private const double FadeSeconds = 0.9;

    private readonly FontLibrary fonts;
    private readonly bool ownsFonts;
    private readonly TextShaper shaper;
    private readonly ConcurrentDictionary<(Card Card, SKSizeI Frame), Lazy<CardLayout>> cardLayouts = new();
    private readonly ConcurrentDictionary<(Card Card, SKSizeI Frame), Lazy<RollArt>> rolls = new();
    private readonly ConcurrentDictionary<(Shot Shot, SKSizeI Frame), Lazy<CardLayout?>> shotLayouts = new();
    private readonly ConcurrentDictionary<SKSizeI, Lazy<SKImage>> backgrounds = new();
    private readonly ConcurrentDictionary<(Card Card, SKSizeI Frame), Lazy<SKImage>> cardTexts = new();
    private readonly ConcurrentDictionary<(Shot Shot, SKSizeI Frame), Lazy<SKImage>> shotTexts = new();

    /// <summary>An artist using the fonts shipped with LegacyPress.</summary>
    public CardArtist()
        : this(FontLibrary.LoadShipped(), ownsFonts: true)
    {
    }

    /// <summary>An artist using <paramref name="fonts"/>, which the caller keeps and disposes.</summary>
    public CardArtist(FontLibrary fonts)
        : this(fonts, ownsFonts: false)
    {
    }

    private CardArtist(FontLibrary fonts, bool ownsFonts)
    {
        this.fonts = fonts;
        this.ownsFonts = ownsFonts;
        shaper = new TextShaper(fonts);
    }

    /// <summary>
    /// The ground and the card's text are each drawn once per frame size into a picture (a full-frame radial gradient
    /// and large glyphs drawn as paths cost ~40 ms a frame at 1080p); a frame is then two blits, the text's at the
    /// fade's opacity — the same as drawing the text faded, within one code value.
    /// </summary>
    public void DrawCard(SKCanvas canvas, SKSizeI frameSize, CardSegment card, int frameInCard, FrameRate frameRate)
    {
        FramePicture.Blit(canvas, backgrounds.GetOrAdd(frameSize, size => new Lazy<SKImage>(() => FramePicture.Of(size, SKColors.Black, c => CardBackground.Draw(c, size)))).Value);
        if (card.Card is Card.CreditsRoll roll)
        {
            DrawRoll(canvas, frameSize, roll, card.FrameCount, frameInCard);
            return;
        }
        var opacity = TextFade.Opacity(frameInCard, card.FrameCount, frameRate, FadeDelaySeconds, FadeSeconds);
        if (opacity <= 0)
        {
            return;
        }
        var text = cardTexts.GetOrAdd((card.Card, frameSize), key => new Lazy<SKImage>(() =>
        {
            var layout = cardLayouts.GetOrAdd(key, k => new Lazy<CardLayout>(() => Layout(k.Card, new CardTypography(k.Frame)))).Value;
            return FramePicture.Of(key.Frame, SKColors.Transparent, c => layout.Draw(c, 1));
        })).Value;
        DrawFaded(canvas, text, opacity);
    }

    public bool ShowsShotText(SKSizeI frameSize, ShotSegment shot, int frameInShot, FrameRate frameRate) =>
        ShotLayout(frameSize, shot) is not null && ShotTextOpacity(shot, frameInShot, frameRate) > 0;

    private CardLayout? ShotLayout(SKSizeI frameSize, ShotSegment shot) =>
        shotLayouts.GetOrAdd((shot.Shot, frameSize), key => new Lazy<CardLayout?>(() => ShotTextLayout.Build(key.Shot, new CardTypography(key.Frame), shaper))).Value;

    private static double ShotTextOpacity(ShotSegment shot, int frameInShot, FrameRate frameRate) =>
        TextFade.Opacity(frameInShot, shot.FrameCount, frameRate, FadeDelaySeconds + 0.5, FadeSeconds);

    public void DrawShotText(SKCanvas canvas, SKSizeI frameSize, ShotSegment shot, int frameInShot, FrameRate frameRate)
    {
        var layout = ShotLayout(frameSize, shot);
        var opacity = ShotTextOpacity(shot, frameInShot, frameRate);
        if (layout is null || opacity <= 0)
        {
            return;
        }
        DrawScrim(canvas, frameSize, layout.Bounds, opacity);
        // Blurred shadows under every glyph are the costly part: drawn once into a picture, then blitted faded.
        var text = shotTexts.GetOrAdd((shot.Shot, frameSize), key => new Lazy<SKImage>(() =>
        {
            var type = new CardTypography(key.Frame);
            return FramePicture.Of(key.Frame, SKColors.Transparent, c => layout.Draw(c, 1, new TextShadow(type.Px(2), type.Px(5), SKColors.Black.WithAlpha(190))));
        })).Value;
        DrawFaded(canvas, text, opacity);
    }

    private static void DrawFaded(SKCanvas canvas, SKImage picture, double opacity)
    {
        using var fade = new SKPaint { Color = SKColors.White.WithAlpha((byte)Math.Round(255 * Math.Clamp(opacity, 0, 1))) };
        FramePicture.Blit(canvas, picture, fade);
    }

    public void Dispose()
    {
        foreach (var roll in rolls.Values.Where(r => r.IsValueCreated))
        {
            roll.Value.Dispose();
        }
        foreach (var picture in backgrounds.Values.Concat(cardTexts.Values).Concat(shotTexts.Values).Where(p => p.IsValueCreated))
        {
            picture.Value.Dispose();
        }
        shaper.Dispose();
        if (ownsFonts)
        {
            fonts.Dispose();
        }
    }

    private CardLayout Layout(Card card, CardTypography type) => card switch
    {
        Card.OpeningTitle title => TitleCardLayout.Build(title, type, shaper),
        Card.ActTitle act => ActCardLayout.Build(act, type, shaper),
        // Trailer cards borrow the title card's type until they get layouts of their own.
        Card.Statement statement => TitleCardLayout.Build(new Card.OpeningTitle(statement.Text, null), type, shaper),
        Card.Closing closing => TitleCardLayout.Build(
            new Card.OpeningTitle(closing.Text, string.Join("  ·  ", new[] { closing.ReleaseLine, closing.Link }.OfType<string>()) is { Length: > 0 } line ? line : null), type, shaper),
        _ => throw new ArgumentOutOfRangeException(nameof(card), card.Label, "no layout for this kind of card"),
    };

    private void DrawRoll(SKCanvas canvas, SKSizeI frameSize, Card.CreditsRoll roll, int frameCount, int frame)
    {
        var art = rolls.GetOrAdd((roll, frameSize), key => new Lazy<RollArt>(() => RollArt.Build((Card.CreditsRoll)key.Card, new CardTypography(key.Frame), shaper))).Value;
        var top = (float)CreditsScroll.TopPixels(frame, frameCount, frameSize.Height, art.HeightPixels);
        canvas.Save();
        canvas.Translate(0, top);
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var (colour, path) in art.Outlines)
        {
            paint.Color = colour;
            canvas.DrawPath(path, paint);
        }
        canvas.Restore();
    }

    /// <summary>A soft darkening behind a lower third, so light pictures keep the text legible.</summary>
    private static void DrawScrim(SKCanvas canvas, SKSizeI frame, SKRect textBounds, double opacity)
    {
        var top = Math.Max(0, textBounds.Top - (frame.Height - textBounds.Top) * 0.6f);
        using var shader = SKShader.CreateLinearGradient(
            new SKPoint(0, top), new SKPoint(0, frame.Height),
            [SKColors.Black.WithAlpha(0), SKColors.Black.WithAlpha((byte)Math.Round(120 * opacity))],
            SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader, IsDither = true };
        canvas.DrawRect(0, top, frame.Width, frame.Height - top, paint);
    }

    /// <summary>The roll as outlines (one path per colour) so it can glide by fractions of a pixel without shimmering.</summary>
    private sealed class RollArt(IReadOnlyList<(SKColor Colour, SKPath Path)> outlines, float heightPixels) : IDisposable
    {
        public IReadOnlyList<(SKColor Colour, SKPath Path)> Outlines { get; } = outlines;

        public float HeightPixels { get; } = heightPixels;

        public static RollArt Build(Card.CreditsRoll roll, CardTypography type, TextShaper shaper)
        {
            var layout = CreditsRollLayout.Build(roll, type, shaper);
            return new RollArt(layout.ToOutlines(), layout.Bounds.Bottom);
        }

        public void Dispose()
        {
            foreach (var (_, path) in Outlines)
            {
                path.Dispose();
            }
        }
    }
}
