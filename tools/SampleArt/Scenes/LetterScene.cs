using LegacyPress.SampleArt.Props;
using SkiaSharp;

namespace LegacyPress.SampleArt.Scenes;

/// <summary>The grandfather's letter and the device's blueprint on the desk, by candlelight, from above.</summary>
public sealed class LetterScene : IScene
{
    public string FileName => "letter.jpg";

    public SKSizeI Size => new(2400, 2400);

    public SKPoint Focus => new(0.5f, 0.5f);

    public void Paint(SKCanvas c, SKSizeI size, Random rng)
    {
        var s = new Stage(size);
        using (var desk = new SKPathBuilder())
        {
            desk.AddRect(s.Bounds);
            using var deskPath = desk.Detach();
            Texture.Wood(c, s.Bounds, Palette.Walnut, s.Len(0.05f), rng.NoiseSeed(), deskPath);
        }

        Blueprint(c, s, rng);
        Letter(c, s, rng);
        Seal(c, s.P(0.52f, 0.56f), s.Len(0.06f), rng);
        Compass(c, s, rng);
        Quill(c, s);

        // Candlelight from the top-left corner: warm near the flame, the far corner in darkness.
        Atmosphere.Shadows(c, s.Bounds, s.P(0.25f, 0.25f), s.Len(1.05f), Palette.UmberDeep, 0.95f);
        Candle(c, s.P(0.1f, 0.1f), s.Len(0.04f));
        Atmosphere.Glow(c, s.P(0.1f, 0.1f), s.Len(0.8f), Palette.Amber, 0.22f);
        Atmosphere.Motes(c, s.Rect(0f, 0f, 0.7f, 0.7f), 90, Palette.Lamplight, s.Len(0.004f), rng, 0.4f);
        Atmosphere.Vignette(c, s, 0.6f);
        Atmosphere.FilmGrain(c, s, rng.NoiseSeed());
    }

    private static void Paper(SKCanvas c, SKRect sheet, SKColor color, float shadowPx, float seed)
    {
        using var shadow = new SKPaint { Color = SKColors.Black.Fade(0.6f), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, shadowPx), IsAntialias = true };
        var cast = sheet;
        cast.Offset(shadowPx * 0.8f, shadowPx * 1.2f);
        c.DrawRect(cast, shadow);
        using var fill = new SKPaint { Color = color, IsAntialias = true };
        c.DrawRect(sheet, fill);
        Texture.Grain(c, sheet, shadowPx * 0.8f, 0.35f, seed, octaves: 4);
        // Aged edges: darker toward the border of the sheet.
        using var edge = new SKPaint
        {
            Style = SKPaintStyle.Stroke,
            StrokeWidth = shadowPx * 1.2f,
            Color = Palette.Umber.Fade(0.3f),
            MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, shadowPx * 0.6f),
        };
        c.Save();
        c.ClipRect(sheet);
        c.DrawRect(sheet, edge);
        c.Restore();
    }

    private static void Blueprint(SKCanvas c, Stage s, Random rng)
    {
        c.Save();
        c.RotateDegrees(-7f, s.X(0.62f), s.Y(0.45f));
        var sheet = s.Rect(0.34f, 0.12f, 0.94f, 0.8f);
        Paper(c, sheet, new SKColor(0x1b, 0x3e, 0x6a), s.Len(0.012f), rng.NoiseSeed());
        var line = new SKColor(0xd8, 0xe8, 0xf6);
        using var grid = new SKPaint { Color = line.Fade(0.12f), StrokeWidth = 1.5f, IsAntialias = true };
        for (var x = sheet.Left; x < sheet.Right; x += s.Len(0.025f))
        {
            c.DrawLine(x, sheet.Top, x, sheet.Bottom, grid);
        }

        for (var y = sheet.Top; y < sheet.Bottom; y += s.Len(0.025f))
        {
            c.DrawLine(sheet.Left, y, sheet.Right, y, grid);
        }

        using var pen = new SKPaint { Color = line.Fade(0.85f), Style = SKPaintStyle.Stroke, StrokeWidth = s.Len(0.0022f), IsAntialias = true };
        var centre = new SKPoint(sheet.Left + (sheet.Width * 0.55f), sheet.Top + (sheet.Height * 0.4f));
        var r = sheet.Width * 0.3f;
        // The device drawn as an engineer would: rings in elevation, core, pedestal, meshing gears.
        c.DrawCircle(centre, r * 0.3f, pen);
        foreach (var (rx, ry, tilt) in new[] { (1f, 0.3f, -16f), (0.34f, 0.92f, 18f), (0.78f, 0.2f, 28f) })
        {
            c.Save();
            c.RotateDegrees(tilt, centre.X, centre.Y);
            c.DrawOval(centre, new SKSize(r * rx, r * ry), pen);
            c.Restore();
        }

        c.DrawRect(centre.X - (r * 0.95f), centre.Y + (r * 1.04f), r * 1.9f, r * 0.18f, pen);
        var g = Gear.WithModule(new SKPoint(centre.X - (r * 0.62f), centre.Y + (r * 0.72f)), r * 0.3f, r * 0.045f, 0.2f);
        using (var o = GearPainter.Outline(g, 4))
        {
            c.DrawPath(o, pen);
        }

        using (var o = GearPainter.Outline(g.MeshWith(r * 0.17f, -35f), 0))
        {
            c.DrawPath(o, pen);
        }

        using var thin = new SKPaint { Color = line.Fade(0.6f), Style = SKPaintStyle.Stroke, StrokeWidth = s.Len(0.0012f), IsAntialias = true, PathEffect = SKPathEffect.CreateDash([s.Len(0.01f), s.Len(0.005f)], 0) };
        c.DrawLine(centre.X - (r * 1.3f), centre.Y, centre.X + (r * 1.3f), centre.Y, thin);
        c.DrawLine(centre.X, centre.Y - (r * 1.2f), centre.X, centre.Y + (r * 1.3f), thin);
        // Dimension lines with arrowheads and notes.
        var dimY = sheet.Bottom - (sheet.Height * 0.12f);
        c.DrawLine(centre.X - r, dimY, centre.X + r, dimY, pen);
        foreach (var end in new[] { -1f, 1f })
        {
            c.DrawLine(centre.X + (end * r), dimY, centre.X + (end * r * 0.95f), dimY - (r * 0.03f), pen);
            c.DrawLine(centre.X + (end * r), dimY, centre.X + (end * r * 0.95f), dimY + (r * 0.03f), pen);
            c.DrawLine(centre.X + (end * r), dimY - (r * 0.06f), centre.X + (end * r), centre.Y, thin);
        }

        Handwriting.Lines(c, new SKRect(sheet.Left + (sheet.Width * 0.06f), sheet.Top + (sheet.Height * 0.04f), sheet.Left + (sheet.Width * 0.4f), sheet.Top + (sheet.Height * 0.12f)),
            2, line.Fade(0.75f), s.Len(0.0018f), rng);
        var titleBlock = new SKRect(sheet.Right - (sheet.Width * 0.3f), sheet.Bottom - (sheet.Height * 0.1f), sheet.Right - (sheet.Width * 0.03f), sheet.Bottom - (sheet.Height * 0.02f));
        c.DrawRect(titleBlock, pen);
        Handwriting.Lines(c, titleBlock, 2, line.Fade(0.7f), s.Len(0.0015f), rng);
        c.Restore();
    }

    private static void Letter(SKCanvas c, Stage s, Random rng)
    {
        c.Save();
        c.RotateDegrees(5f, s.X(0.35f), s.Y(0.55f));
        var sheet = s.Rect(0.1f, 0.3f, 0.58f, 0.92f);
        Paper(c, sheet, Palette.Parchment, s.Len(0.014f), rng.NoiseSeed());
        var text = sheet;
        text.Inflate(-sheet.Width * 0.1f, -sheet.Height * 0.08f);
        text.Bottom -= sheet.Height * 0.12f;
        Handwriting.Lines(c, text, 14, Palette.Ink.Fade(0.85f), s.Len(0.0026f), rng);
        var signature = new SKRect(text.Left + (text.Width * 0.55f), text.Bottom + (sheet.Height * 0.03f), text.Right, text.Bottom + (sheet.Height * 0.1f));
        Handwriting.Lines(c, signature, 1, Palette.Ink, s.Len(0.0035f), rng, 0f);
        // The fold creases across the sheet.
        using var crease = new SKPaint { Color = Palette.Umber.Fade(0.25f), StrokeWidth = s.Len(0.003f), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, s.Len(0.002f)) };
        c.DrawLine(sheet.Left, sheet.Top + (sheet.Height / 3f), sheet.Right, sheet.Top + (sheet.Height / 3f), crease);
        c.DrawLine(sheet.Left, sheet.Top + (sheet.Height * 2f / 3f), sheet.Right, sheet.Top + (sheet.Height * 2f / 3f), crease);
        c.Restore();
    }

    private static void Seal(SKCanvas c, SKPoint centre, float r, Random rng)
    {
        using var blob = new SKPathBuilder();
        const int Steps = 28;
        for (var i = 0; i <= Steps; i++)
        {
            var a = i * MathF.Tau / Steps;
            var rr = r * (i == Steps ? 1f : rng.Range(0.92f, 1.12f));
            var p = new SKPoint(centre.X + (MathF.Cos(a) * rr), centre.Y + (MathF.Sin(a) * rr));
            if (i == 0)
            {
                blob.MoveTo(p);
            }
            else
            {
                blob.LineTo(p);
            }
        }

        blob.Close();
        using var shape = blob.Detach();
        using var shadow = new SKPaint { Color = SKColors.Black.Fade(0.6f), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, r * 0.15f), IsAntialias = true };
        c.Save();
        c.Translate(r * 0.1f, r * 0.15f);
        c.DrawPath(shape, shadow);
        c.Restore();
        using var wax = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(new SKPoint(centre.X - (r * 0.3f), centre.Y - (r * 0.3f)), r * 1.3f,
                [new SKColor(0xd0, 0x40, 0x30), new SKColor(0x8a, 0x18, 0x14), new SKColor(0x40, 0x08, 0x08)], SKShaderTileMode.Clamp),
            IsAntialias = true,
        };
        c.DrawPath(shape, wax);
        // The gear crest pressed into the wax.
        var crest = Gear.WithModule(centre, r * 0.55f, r * 0.1f, 0.3f);
        using var outline = GearPainter.Outline(crest, 5);
        using var emboss = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = r * 0.05f, Color = new SKColor(0x30, 0x04, 0x04).Fade(0.8f), IsAntialias = true };
        c.DrawPath(outline, emboss);
        c.Save();
        c.Translate(-r * 0.03f, -r * 0.03f);
        emboss.Color = new SKColor(0xff, 0x90, 0x70).Fade(0.45f);
        emboss.StrokeWidth = r * 0.025f;
        c.DrawPath(outline, emboss);
        c.Restore();
    }

    private static void Compass(SKCanvas c, Stage s, Random rng)
    {
        // A drafting compass lying open across the blueprint.
        var hinge = s.P(0.78f, 0.62f);
        var legA = s.P(0.66f, 0.84f);
        var legB = s.P(0.9f, 0.86f);
        using var shadow = new SKPaint { Color = SKColors.Black.Fade(0.5f), StrokeWidth = s.Len(0.014f), StrokeCap = SKStrokeCap.Round, MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, s.Len(0.006f)) };
        var off = s.Len(0.012f);
        c.DrawLine(hinge.X + off, hinge.Y + off, legA.X + off, legA.Y + off, shadow);
        c.DrawLine(hinge.X + off, hinge.Y + off, legB.X + off, legB.Y + off, shadow);
        var metal = GearFinish.Steel;
        WorkshopProps.Pipe(c, [hinge, legA], s.Len(0.011f), metal);
        WorkshopProps.Pipe(c, [hinge, legB], s.Len(0.011f), metal);
        var knob = Gear.WithModule(hinge, s.Len(0.022f), s.Len(0.006f), 0.2f);
        GearPainter.Draw(c, knob, GearFinish.Brass, rng.NoiseSeed(), spokes: 0);
    }

    private static void Quill(SKCanvas c, Stage s)
    {
        using var feather = new SKPathBuilder();
        var tip = s.P(0.36f, 0.24f);
        var end = s.P(0.16f, 0.42f);
        feather.MoveTo(tip);
        feather.QuadTo(s.P(0.2f, 0.28f), end);
        feather.QuadTo(s.P(0.3f, 0.36f), tip);
        feather.Close();
        using var shape = feather.Detach();
        using var paint = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(tip, end, [new SKColor(0x50, 0x40, 0x38), new SKColor(0x20, 0x1a, 0x22)], SKShaderTileMode.Clamp),
            IsAntialias = true,
        };
        using var shadow = new SKPaint { Color = SKColors.Black.Fade(0.5f), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, s.Len(0.006f)), IsAntialias = true };
        c.Save();
        c.Translate(s.Len(0.01f), s.Len(0.014f));
        c.DrawPath(shape, shadow);
        c.Restore();
        c.DrawPath(shape, paint);
        Texture.Grain(c, shape.Bounds, s.Len(0.004f), 0.5f, 3f, octaves: 2, stretchX: 0.2f, clip: shape);
        using var spine = new SKPaint { Color = Palette.Umber, StrokeWidth = s.Len(0.003f), IsAntialias = true };
        c.DrawLine(tip, end, spine);
        using var nib = new SKPaint { Color = Palette.Ink, StrokeWidth = s.Len(0.006f), StrokeCap = SKStrokeCap.Round, IsAntialias = true };
        c.DrawLine(tip, new SKPoint(tip.X + s.Len(0.02f), tip.Y - s.Len(0.02f)), nib);
    }

    private static void Candle(SKCanvas c, SKPoint centre, float r)
    {
        // Seen from above: a disc of wax in a brass dish, the flame a bright bloom at its wick.
        using var dish = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(centre, r * 2f, [Palette.BrassLight, Palette.Brass, Palette.BrassDark], SKShaderTileMode.Clamp),
            IsAntialias = true,
        };
        c.DrawCircle(centre, r * 2f, dish);
        using var wax = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(centre, r, [new SKColor(0xff, 0xf0, 0xd0), new SKColor(0xe8, 0xd8, 0xb0)], SKShaderTileMode.Clamp),
            IsAntialias = true,
        };
        c.DrawCircle(centre, r, wax);
        Atmosphere.Glow(c, centre, r * 5f, Palette.Amber, 0.5f);
        Atmosphere.Glow(c, centre, r * 0.8f, Palette.Lamplight, 1f);
    }
}
