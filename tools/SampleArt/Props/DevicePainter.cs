using SkiaSharp;

namespace LegacyPress.SampleArt.Props;

/// <summary>
/// The grandfather's brass device, the film's one recurring prop: an orrery of tilted rings around a
/// glass core on a pedestal. <paramref name="CoreGlow"/> runs from dormant (0) to fully awake (1).
/// </summary>
public readonly record struct DeviceLook(GearFinish Metal, float CoreGlow, SKColor CoreColor, float RingTurnDeg = 0f);

/// <summary>Paints the device centred on its glass core, <c>radius</c> being the outer ring.</summary>
public static class DevicePainter
{
    private static readonly (float RxFactor, float RyFactor, float TiltDeg, float Width)[] Rings =
    [
        (1.0f, 0.3f, -16f, 0.055f),
        (0.34f, 0.92f, 18f, 0.045f),
        (0.78f, 0.2f, 28f, 0.04f),
    ];

    public static void Draw(SKCanvas c, SKPoint core, float radius, DeviceLook look, Random rng)
    {
        var seed = rng.NoiseSeed();
        if (look.CoreGlow > 0.05f)
        {
            Atmosphere.Glow(c, core, radius * (1.2f + (2.4f * look.CoreGlow)), look.CoreColor, 0.25f + (0.45f * look.CoreGlow));
        }

        Pedestal(c, core, radius, look, seed);
        foreach (var ring in Rings)
        {
            RingHalf(c, core, radius, ring, look, back: true);
        }

        GlassCore(c, core, radius * 0.3f, look);
        foreach (var ring in Rings)
        {
            RingHalf(c, core, radius, ring, look, back: false);
        }

        Planets(c, core, radius, look);
        if (look.CoreGlow > 0.05f)
        {
            Atmosphere.Glow(c, core, radius * 0.7f, look.CoreColor, look.CoreGlow * 0.8f);
            Atmosphere.Glow(c, core, radius * 0.22f, Palette.Ice, look.CoreGlow * 0.9f);
        }
    }

    private static void Pedestal(SKCanvas c, SKPoint core, float radius, DeviceLook look, float seed)
    {
        var m = look.Metal;
        var baseTop = core.Y + (radius * 0.95f);
        var baseBottom = core.Y + (radius * 1.22f);

        var driver = Gear.WithModule(new SKPoint(core.X - (radius * 0.62f), core.Y + (radius * 0.72f)), radius * 0.3f, radius * 0.045f, 0.2f);
        GearPainter.Draw(c, driver, m.Dimmed(0.25f), seed, spokes: 4);
        GearPainter.Draw(c, driver.MeshWith(radius * 0.17f, -35f), m.Dimmed(0.15f), seed + 1, spokes: 0);
        var right = Gear.WithModule(new SKPoint(core.X + (radius * 0.58f), core.Y + (radius * 0.78f)), radius * 0.22f, radius * 0.04f, 0.5f);
        GearPainter.Draw(c, right, GearFinish.Copper.Dimmed(0.2f), seed + 2, spokes: 3);

        using var postBuilder = new SKPathBuilder();
        postBuilder.MoveTo(core.X - (radius * 0.06f), core.Y + (radius * 0.25f));
        postBuilder.LineTo(core.X + (radius * 0.06f), core.Y + (radius * 0.25f));
        postBuilder.LineTo(core.X + (radius * 0.13f), baseTop);
        postBuilder.LineTo(core.X - (radius * 0.13f), baseTop);
        postBuilder.Close();
        using var postPaint = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(core.X - (radius * 0.13f), 0), new SKPoint(core.X + (radius * 0.13f), 0),
                [m.Shadow, m.Highlight, m.Mid, m.Shadow], [0f, 0.35f, 0.6f, 1f], SKShaderTileMode.Clamp),
            IsAntialias = true,
        };
        using var post = postBuilder.Detach();
        c.DrawPath(post, postPaint);

        // A stepped base: a wide plinth of dark wood under a brass collar.
        var plinth = new SKRect(core.X - (radius * 0.95f), baseTop + (radius * 0.09f), core.X + (radius * 0.95f), baseBottom);
        var collar = new SKRect(core.X - (radius * 0.62f), baseTop, core.X + (radius * 0.62f), baseTop + (radius * 0.1f));
        using var plinthPathBuilder = new SKPathBuilder();
        plinthPathBuilder.AddRoundRect(plinth, radius * 0.03f, radius * 0.03f);
        using var plinthPath = plinthPathBuilder.Detach();
        Texture.Wood(c, plinth, Palette.Mix(Palette.Walnut, m.Mid, 0.15f), radius * 0.08f, seed + 3, plinthPath);
        using var plinthShade = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, plinth.Top), new SKPoint(0, plinth.Bottom),
                [m.Highlight.Fade(0.35f), SKColors.Black.Fade(0.1f), SKColors.Black.Fade(0.55f)], [0f, 0.2f, 1f], SKShaderTileMode.Clamp),
            IsAntialias = true,
        };
        c.DrawPath(plinthPath, plinthShade);
        using var collarPaint = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, collar.Top), new SKPoint(0, collar.Bottom),
                [m.Highlight, m.Mid, m.Shadow], SKShaderTileMode.Clamp),
            IsAntialias = true,
        };
        c.DrawRoundRect(collar, radius * 0.02f, radius * 0.02f, collarPaint);
        using var rivet = new SKPaint { Color = m.Shadow, IsAntialias = true };
        for (var i = 0; i < 9; i++)
        {
            c.DrawCircle(collar.Left + (collar.Width * (i + 0.5f) / 9f), collar.MidY, radius * 0.012f, rivet);
        }
    }

    private static void RingHalf(SKCanvas c, SKPoint core, float radius, (float RxFactor, float RyFactor, float TiltDeg, float Width) ring,
        DeviceLook look, bool back)
    {
        var rx = radius * ring.RxFactor;
        var ry = radius * ring.RyFactor;
        var oval = new SKRect(-rx, -ry, rx, ry);
        var width = radius * ring.Width;
        var m = back ? look.Metal.Dimmed(0.35f) : look.Metal;
        c.Save();
        c.Translate(core.X, core.Y);
        c.RotateDegrees(ring.TiltDeg + look.RingTurnDeg);
        using var band = new SKPaint
        {
            Style = SKPaintStyle.Stroke,
            StrokeWidth = width,
            StrokeCap = SKStrokeCap.Butt,
            Shader = SKShader.CreateLinearGradient(new SKPoint(-rx, -ry), new SKPoint(rx, ry),
                [m.Highlight, m.Mid, m.Shadow, m.Mid, m.Highlight, m.Shadow], null, SKShaderTileMode.Clamp),
            IsAntialias = true,
        };
        var start = back ? 180f : 0f;
        c.DrawArc(oval, start, 180f, false, band);
        using var bevel = new SKPaint
        {
            Style = SKPaintStyle.Stroke,
            StrokeWidth = Math.Max(1f, width * 0.18f),
            Color = m.Edge.Fade(0.7f),
            IsAntialias = true,
        };
        var inner = oval;
        inner.Inflate(-width * 0.45f, -width * 0.45f);
        c.DrawArc(inner, start, 180f, false, bevel);
        if (look.CoreGlow > 0.05f)
        {
            // The core lights the inside of each ring.
            using var lit = new SKPaint
            {
                Style = SKPaintStyle.Stroke,
                StrokeWidth = Math.Max(1f, width * 0.25f),
                Color = look.CoreColor.Fade(look.CoreGlow * (back ? 0.8f : 0.5f)),
                BlendMode = SKBlendMode.Plus,
                IsAntialias = true,
            };
            c.DrawArc(inner, start, 180f, false, lit);
        }

        using var tick = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(1f, width * 0.12f), Color = m.Shadow, IsAntialias = true };
        for (var t = 0; t < 24; t++)
        {
            var a = ((start + (t * 7.5f)) * MathF.PI) / 180f;
            var x = MathF.Cos(a) * rx;
            var y = MathF.Sin(a) * ry;
            var len = (t % 4 == 0 ? 0.45f : 0.25f) * width;
            c.DrawLine(x * (1f - (len / rx)), y * (1f - (len / Math.Max(ry, 1f))), x, y, tick);
        }

        c.Restore();
    }

    private static void GlassCore(SKCanvas c, SKPoint core, float r, DeviceLook look)
    {
        var inside = Palette.Mix(Palette.AbyssTeal, look.CoreColor, 0.25f + (look.CoreGlow * 0.75f));
        using var glass = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(core, r,
                [Palette.Mix(inside, Palette.Ice, look.CoreGlow * 0.8f), inside, Palette.Mix(Palette.AbyssTeal, inside, 0.4f), Palette.AbyssTeal],
                [0f, 0.35f, 0.8f, 1f], SKShaderTileMode.Clamp),
            IsAntialias = true,
        };
        c.DrawCircle(core, r, glass);

        // Swirling filaments inside the glass hint that something lives in there.
        using var clipBuilder = new SKPathBuilder();
        clipBuilder.AddCircle(core.X, core.Y, r);
        c.Save();
        using var clip = clipBuilder.Detach();
        c.ClipPath(clip, antialias: true);
        using var swirl = new SKPaint
        {
            Shader = Texture.Cloudy(Palette.Mix(look.CoreColor, Palette.Ice, 0.3f), r * 0.6f, 0.35f + (0.5f * look.CoreGlow), 17f, octaves: 2, turbulent: true),
            BlendMode = SKBlendMode.Plus,
        };
        c.DrawCircle(core, r, swirl);
        c.Restore();

        using var rim = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = r * 0.06f, Color = look.Metal.Mid, IsAntialias = true };
        c.DrawCircle(core, r, rim);
        using var spec = new SKPaint { Color = SKColors.White.Fade(0.55f), IsAntialias = true, MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, r * 0.05f) };
        c.DrawOval(new SKRect(core.X - (r * 0.6f), core.Y - (r * 0.72f), core.X - (r * 0.1f), core.Y - (r * 0.42f)), spec);
    }

    private static void Planets(SKCanvas c, SKPoint core, float radius, DeviceLook look)
    {
        (int Ring, float AngleDeg, float Size, SKColor Color)[] planets =
        [
            (0, 35f + look.RingTurnDeg, 0.085f, Palette.Copper),
            (0, 200f + look.RingTurnDeg, 0.06f, look.Metal.Mid),
            (2, 120f - look.RingTurnDeg, 0.05f, Palette.Teal),
            (1, 300f, 0.055f, look.Metal.Highlight),
        ];
        foreach (var (ringIndex, angleDeg, size, color) in planets)
        {
            var ring = Rings[ringIndex];
            var a = angleDeg * MathF.PI / 180f;
            var local = new SKPoint(MathF.Cos(a) * radius * ring.RxFactor, MathF.Sin(a) * radius * ring.RyFactor);
            var tilt = SKMatrix.CreateRotationDegrees(ring.TiltDeg + look.RingTurnDeg);
            var p = tilt.MapPoint(local);
            var centre = new SKPoint(core.X + p.X, core.Y + p.Y);
            var r = radius * size;
            using var ball = new SKPaint
            {
                Shader = SKShader.CreateRadialGradient(new SKPoint(centre.X - (r * 0.35f), centre.Y - (r * 0.4f)), r * 1.4f,
                    [Palette.Mix(color, SKColors.White, 0.5f), color, Palette.Mix(color, SKColors.Black, 0.75f)], [0f, 0.4f, 1f], SKShaderTileMode.Clamp),
                IsAntialias = true,
            };
            c.DrawCircle(centre, r, ball);
        }
    }
}
