using LegacyPress.SampleArt.Props;
using SkiaSharp;

namespace LegacyPress.SampleArt.Scenes;

/// <summary>The inventor's oval portrait on the panelled wall: the man whose legacy the film is about.</summary>
public sealed class GrandfatherPortraitScene : IScene
{
    public string FileName => "grandfather-portrait.jpg";

    public SKSizeI Size => new(1800, 2800);

    public SKPoint Focus => new(0.5f, 0.38f);

    public void Paint(SKCanvas c, SKSizeI size, Random rng)
    {
        var s = new Stage(size);
        Panelling(c, s, rng);

        // A picture lamp above the frame pools warm light on it; the rest of the wall falls away.
        Atmosphere.Shadows(c, s.Bounds, s.P(0.5f, 0.36f), s.Len(1.1f), Palette.UmberDeep, 0.9f, 1.25f);
        Atmosphere.Glow(c, s.P(0.5f, 0.3f), s.Len(0.85f), Palette.Amber, 0.25f, 1.3f);

        var centre = s.P(0.5f, 0.38f);
        var rx = s.W * 0.3f;
        var ry = s.H * 0.21f;
        var oval = new SKRect(centre.X - rx, centre.Y - ry, centre.X + rx, centre.Y + ry);

        using (var wire = new SKPaint { Color = Palette.BrassDark, StrokeWidth = s.Len(0.004f), IsAntialias = true, Style = SKPaintStyle.Stroke })
        {
            var nail = s.P(0.5f, 0.06f);
            c.DrawLine(nail, new SKPoint(oval.Left + (rx * 0.4f), oval.Top + (ry * 0.2f)), wire);
            c.DrawLine(nail, new SKPoint(oval.Right - (rx * 0.4f), oval.Top + (ry * 0.2f)), wire);
            using var head = new SKPaint { Color = Palette.Brass, IsAntialias = true };
            c.DrawCircle(nail, s.Len(0.012f), head);
        }

        using (var shadow = new SKPaint { Color = SKColors.Black.Fade(0.7f), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, s.Len(0.03f)), IsAntialias = true })
        {
            var cast = oval;
            cast.Inflate(s.Len(0.07f), s.Len(0.07f));
            cast.Offset(s.Len(0.02f), s.Len(0.05f));
            c.DrawOval(cast, shadow);
        }

        Painting(c, s, oval, rng);
        Frame(c, s, oval, rng);

        // Engraved brass name plate under the frame.
        var plate = new SKRect(s.X(0.4f), oval.Bottom + s.Len(0.11f), s.X(0.6f), oval.Bottom + s.Len(0.165f));
        using (var brass = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(plate.Left, plate.Top), new SKPoint(plate.Right, plate.Bottom),
                [Palette.BrassLight, Palette.Brass, Palette.BrassDark], SKShaderTileMode.Clamp),
            IsAntialias = true,
        })
        {
            c.DrawRoundRect(plate, s.Len(0.006f), s.Len(0.006f), brass);
        }

        var engraving = plate;
        engraving.Inflate(-plate.Width * 0.12f, -plate.Height * 0.22f);
        Handwriting.Lines(c, engraving, 1, Palette.UmberDeep.Fade(0.8f), s.Len(0.003f), rng, 0f);

        Atmosphere.Motes(c, s.Rect(0.1f, 0.05f, 0.9f, 0.7f), 120, Palette.Lamplight, s.Len(0.004f), rng, 0.45f);
        Atmosphere.Vignette(c, s, 0.7f);
        Atmosphere.FilmGrain(c, s, rng.NoiseSeed());
    }

    private static void Panelling(SKCanvas c, Stage s, Random rng)
    {
        WorkshopProps.PlankWall(c, s.Bounds, Palette.Walnut, s.Len(0.2f), rng.NoiseSeed());
        // Raised panels with a bevel lit from above, and a chair rail under the portrait.
        using var bevelDark = new SKPaint { Color = SKColors.Black.Fade(0.45f), Style = SKPaintStyle.Stroke, StrokeWidth = s.Len(0.012f), IsAntialias = true };
        using var bevelLight = new SKPaint { Color = Palette.Lamplight.Fade(0.12f), Style = SKPaintStyle.Stroke, StrokeWidth = s.Len(0.005f), IsAntialias = true };
        foreach (var (top, bottom) in new[] { (0.04f, 0.68f), (0.76f, 0.97f) })
        {
            for (var i = 0; i < 2; i++)
            {
                var panel = s.Rect(0.06f + (i * 0.46f), top, 0.48f + (i * 0.46f), bottom);
                c.DrawRect(panel, bevelDark);
                panel.Offset(s.Len(0.006f), s.Len(0.006f));
                c.DrawRect(panel, bevelLight);
            }
        }

        var rail = s.Rect(0f, 0.7f, 1f, 0.735f);
        using var railPath = new SKPathBuilder();
        railPath.AddRect(rail);
        using var railShape = railPath.Detach();
        Texture.Wood(c, rail, Palette.Umber, s.Len(0.05f), rng.NoiseSeed(), railShape);
        Atmosphere.Sky(c, rail, [Palette.Lamplight.Fade(0.25f), SKColors.Black.Fade(0.2f), SKColors.Black.Fade(0.6f)]);
    }

    private static void Painting(SKCanvas c, Stage s, SKRect oval, Random rng)
    {
        using var clipBuilder = new SKPathBuilder();
        clipBuilder.AddOval(oval);
        using var clip = clipBuilder.Detach();
        c.Save();
        c.ClipPath(clip, antialias: true);

        // An old oil portrait: a smoky green-umber ground, lighter behind the sitter's head.
        var ground = new SKColor(0x2a, 0x2a, 0x1c);
        Atmosphere.Sky(c, oval, [new SKColor(0x3c, 0x3a, 0x26), ground, Palette.UmberDeep]);
        Atmosphere.Glow(c, new SKPoint(oval.MidX + (oval.Width * 0.08f), oval.Top + (oval.Height * 0.42f)), oval.Width * 0.55f, Palette.Amber, 0.35f, blend: SKBlendMode.Screen);
        Texture.Grain(c, oval, s.Len(0.05f), 0.45f, rng.NoiseSeed(), octaves: 4);

        var face = new SKPoint(oval.MidX, oval.Top + (oval.Height * 0.47f));
        var height = oval.Height * 1.05f;
        using var bust = Silhouettes.Place(Silhouettes.InventorBust(), face, height);
        Silhouettes.RimLit(c, bust, new SKColor(0x16, 0x10, 0x0a), Palette.Gold.Fade(0.85f), new SKPoint(height * 0.008f, -height * 0.004f), height * 0.003f);
        using (var shirt = Silhouettes.Place(Silhouettes.InventorShirtFront(), face, height))
        using (var linen = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(face.X - (height * 0.08f), 0), new SKPoint(face.X + (height * 0.08f), 0),
                [new SKColor(0x60, 0x56, 0x44), new SKColor(0xb8, 0xa8, 0x88)], SKShaderTileMode.Clamp),
            IsAntialias = true,
        })
        {
            c.DrawPath(shirt, linen);
        }

        using (var cravat = new SKPaint { Color = new SKColor(0x3a, 0x0c, 0x0c), IsAntialias = true })
        {
            c.DrawOval(new SKPoint(face.X, face.Y + (height * 0.185f)), new SKSize(height * 0.035f, height * 0.02f), cravat);
            c.DrawOval(new SKPoint(face.X, face.Y + (height * 0.23f)), new SKSize(height * 0.018f, height * 0.05f), cravat);
        }

        // Goggles pushed up on the hat band, catching the lamp.
        foreach (var side in new[] { -1f, 1f })
        {
            var lens = new SKPoint(face.X + (side * height * 0.045f), face.Y - (height * 0.21f));
            var r = height * 0.03f;
            using var glass = new SKPaint
            {
                Shader = SKShader.CreateRadialGradient(new SKPoint(lens.X - (r * 0.3f), lens.Y - (r * 0.3f)), r,
                    [Palette.Mix(Palette.Teal, SKColors.White, 0.4f), Palette.DeepTeal, Palette.AbyssTeal], SKShaderTileMode.Clamp),
                IsAntialias = true,
            };
            c.DrawCircle(lens, r, glass);
            using var rim = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = r * 0.35f, Color = Palette.Brass, IsAntialias = true };
            c.DrawCircle(lens, r, rim);
            rim.StrokeWidth = r * 0.1f;
            rim.Color = Palette.BrassLight;
            c.DrawArc(new SKRect(lens.X - r, lens.Y - r, lens.X + r, lens.Y + r), 200f, 90f, false, rim);
        }

        using var strap = new SKPaint { Color = Palette.Umber, IsAntialias = true };
        c.DrawRect(face.X - (height * 0.088f), face.Y - (height * 0.222f), height * 0.176f, height * 0.024f, strap);

        // A watch chain across the waistcoat: a thin arc of brass.
        using var chain = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = height * 0.004f, Color = Palette.BrassLight.Fade(0.8f), IsAntialias = true, PathEffect = SKPathEffect.CreateDash([height * 0.008f, height * 0.004f], 0) };
        c.DrawArc(new SKRect(face.X - (height * 0.28f), face.Y + (height * 0.3f), face.X - (height * 0.06f), face.Y + (height * 0.45f)), 20f, 140f, false, chain);

        Atmosphere.Shadows(c, oval, new SKPoint(oval.MidX, oval.MidY - (oval.Height * 0.1f)), oval.Height * 0.6f, Palette.UmberDeep, 0.8f);
        // Craquelure of old varnish.
        Texture.Grain(c, oval, s.Len(0.006f), 0.25f, rng.NoiseSeed(), octaves: 2, turbulent: true);
        c.Restore();
    }

    private static void Frame(SKCanvas c, Stage s, SKRect oval, Random rng)
    {
        var width = s.Len(0.07f);
        var mid = oval;
        mid.Inflate(width * 0.5f, width * 0.5f);
        using var gilt = new SKPaint
        {
            Style = SKPaintStyle.Stroke,
            StrokeWidth = width,
            Shader = SKShader.CreateSweepGradient(new SKPoint(oval.MidX, oval.MidY),
                [Palette.BrassDark, Palette.BrassLight, Palette.Brass, Palette.BrassDark, Palette.Brass, Palette.BrassLight, Palette.BrassDark]),
            IsAntialias = true,
        };
        c.DrawOval(mid, gilt);
        using var groove = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = width * 0.08f, Color = Palette.UmberDeep.Fade(0.8f), IsAntialias = true };
        foreach (var f in new[] { -0.42f, -0.1f, 0.3f, 0.5f })
        {
            var r = mid;
            r.Inflate(width * f, width * f);
            c.DrawOval(r, groove);
        }

        // Beading around the frame.
        using var bead = new SKPaint { Color = Palette.BrassLight, IsAntialias = true };
        using var beadShade = new SKPaint { Color = Palette.BrassDark, IsAntialias = true };
        var beads = 72;
        for (var i = 0; i < beads; i++)
        {
            var a = i * MathF.Tau / beads;
            var x = oval.MidX + (MathF.Cos(a) * (mid.Width / 2f) * 1.0f);
            var y = oval.MidY + (MathF.Sin(a) * (mid.Height / 2f) * 1.0f);
            c.DrawCircle(x + (width * 0.03f), y + (width * 0.03f), width * 0.09f, beadShade);
            c.DrawCircle(x, y, width * 0.07f, bead);
        }

        using var frameClipBuilder = new SKPathBuilder { FillType = SKPathFillType.EvenOdd };
        var outer = mid;
        outer.Inflate(width * 0.5f, width * 0.5f);
        frameClipBuilder.AddOval(outer);
        frameClipBuilder.AddOval(oval);
        using var frameClip = frameClipBuilder.Detach();
        Texture.Grain(c, outer, s.Len(0.006f), 0.4f, rng.NoiseSeed(), octaves: 3, clip: frameClip);

        // A small gear crest at the top of the frame: the inventor's mark.
        var crest = Gear.WithModule(new SKPoint(oval.MidX, outer.Top + (width * 0.2f)), width * 0.9f, width * 0.16f, 0.1f);
        GearPainter.Draw(c, crest, GearFinish.Brass, rng.NoiseSeed(), spokes: 5);
    }
}
