using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Composition;
using LegacyPress.Render.Films;
using SkiaSharp;

namespace LegacyPress.TestSupport;

/// <summary>
/// Plain typography for tests and benchmarks: white centred text on black for cards, a plain title or caption over
/// shots, an evenly scrolling credits list. No shaping or layout beyond one line per item, so a picture test does not
/// move when the real card artist's design does.
/// </summary>
public sealed class PlainCardArtist : ICardArtist
{
    private const float MaxLineWidth = 0.9f;

    private readonly SKTypeface regular = SystemFonts.Regular();
    private readonly SKTypeface bold = SystemFonts.Bold();

    public void DrawCard(SKCanvas canvas, SKSizeI frameSize, CardSegment card, int frameInCard, FrameRate frameRate)
    {
        canvas.Clear(SKColors.Black);
        float h = frameSize.Height;
        switch (card.Card)
        {
            case Card.OpeningTitle title:
                Line(canvas, frameSize, title.Title, bold, h / 12, h * 0.48f, SKColors.White);
                if (title.Tagline is { } tagline)
                {
                    Line(canvas, frameSize, tagline, regular, h / 28, h * 0.60f, new SKColor(200, 200, 200));
                }
                break;
            case Card.ActTitle act:
                Line(canvas, frameSize, $"ACT {act.Number}", regular, h / 30, h * 0.42f, new SKColor(180, 180, 180));
                Line(canvas, frameSize, act.Title, bold, h / 13, h * 0.56f, SKColors.White);
                break;
            case Card.CreditsRoll roll:
                DrawCredits(canvas, frameSize, roll, frameInCard, card.FrameCount);
                break;
        }
    }

    public bool ShowsShotText(SKSizeI frameSize, ShotSegment shot, int frameInShot, FrameRate frameRate) =>
        shot.Shot.Title is not null || shot.Shot.Caption is not null;

    public void DrawShotText(SKCanvas canvas, SKSizeI frameSize, ShotSegment shot, int frameInShot, FrameRate frameRate)
    {
        float h = frameSize.Height;
        if (shot.Shot.Title is { } title)
        {
            Line(canvas, frameSize, title, bold, h / 9, h * 0.54f, SKColors.White, shadow: true);
        }
        if (shot.Shot.Caption is { } caption)
        {
            Line(canvas, frameSize, caption, regular, h / 24, h * 0.9f, SKColors.White, shadow: true);
        }
    }

    public void Dispose()
    {
        regular.Dispose();
        bold.Dispose();
    }

    /// <summary>The roll moves at a constant speed from below the frame until its last line leaves the top.</summary>
    private void DrawCredits(SKCanvas canvas, SKSizeI frameSize, Card.CreditsRoll roll, int frameInCard, int frameCount)
    {
        float h = frameSize.Height;
        var roleSize = h / 32;
        var nameSize = h / 22;
        var lines = new List<(string Text, SKTypeface Face, float Size, SKColor Colour, float Y)>();
        var y = 0f;
        lines.Add((roll.Title, bold, h / 14, SKColors.White, y));
        y += h / 6;
        foreach (var credit in roll.Credits)
        {
            lines.Add((credit.Role, regular, roleSize, new SKColor(170, 170, 170), y));
            y += roleSize * 1.5f;
            foreach (var name in credit.Names)
            {
                lines.Add((name, bold, nameSize, SKColors.White, y));
                y += nameSize * 1.3f;
            }
            y += nameSize;
        }
        var progress = frameCount <= 1 ? 0f : (float)frameInCard / (frameCount - 1);
        var top = h + (h / 14) - progress * (h + y + h / 7);
        foreach (var line in lines)
        {
            var baseline = top + line.Y;
            if (baseline > -line.Size && baseline < h + line.Size)
            {
                Line(canvas, frameSize, line.Text, line.Face, line.Size, baseline, line.Colour);
            }
        }
    }

    /// <summary>One centred line, shrunk to fit the frame's width.</summary>
    private static void Line(SKCanvas canvas, SKSizeI frameSize, string text, SKTypeface face, float size, float baseline, SKColor colour, bool shadow = false)
    {
        using var font = new SKFont(face, size) { Subpixel = true, Edging = SKFontEdging.Antialias };
        var width = font.MeasureText(text);
        var limit = frameSize.Width * MaxLineWidth;
        if (width > limit)
        {
            font.Size = size * limit / width;
        }
        var x = frameSize.Width / 2f;
        if (shadow)
        {
            using var blur = SKImageFilter.CreateBlur(size / 10, size / 10);
            using var shade = new SKPaint { Color = SKColors.Black.WithAlpha(170), IsAntialias = true, ImageFilter = blur };
            canvas.DrawText(text, x, baseline + size / 20, SKTextAlign.Center, font, shade);
        }
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        canvas.DrawText(text, x, baseline, SKTextAlign.Center, font, paint);
    }
}
