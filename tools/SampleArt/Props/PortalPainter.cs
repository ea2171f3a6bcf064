using SkiaSharp;

namespace LegacyPress.SampleArt.Props;

/// <summary>
/// The portal the device opens: a vortex of teal and violet light inside rings of runes. Seen head-on
/// it is a circle; <paramref name="SquashY"/> flattens it when the camera looks at it from the side.
/// </summary>
public readonly record struct PortalLook(float Intensity, float SquashY = 1f, SKColor? Beyond = null);

/// <summary>Paints the portal around its centre, <c>radius</c> being the outer light ring.</summary>
public static class PortalPainter
{
    public static void Draw(SKCanvas c, SKPoint centre, float radius, PortalLook look, Random rng)
    {
        var seed = rng.NoiseSeed();
        c.Save();
        c.Translate(centre.X, centre.Y);
        c.Scale(1f, look.SquashY);

        Atmosphere.Glow(c, SKPoint.Empty, radius * 2.6f, Palette.Violet, 0.35f * look.Intensity);
        Atmosphere.Glow(c, SKPoint.Empty, radius * 1.7f, Palette.Teal, 0.45f * look.Intensity);

        // Through the opening: another world's sky, deep and bright at its heart.
        var beyond = look.Beyond ?? Palette.DeepViolet;
        using var hole = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(SKPoint.Empty, radius,
                [Palette.Ice, Palette.Cyan, Palette.Mix(Palette.Teal, beyond, 0.5f), beyond, Palette.Mix(beyond, Palette.Night, 0.5f)],
                [0f, 0.12f, 0.4f, 0.8f, 1f], SKShaderTileMode.Clamp),
            IsAntialias = true,
            IsDither = true,
        };
        c.DrawCircle(0, 0, radius, hole);

        using var clipBuilder = new SKPathBuilder();
        clipBuilder.AddCircle(0, 0, radius * 1.02f);
        c.Save();
        using var clip = clipBuilder.Detach();
        c.ClipPath(clip, antialias: true);
        using var nebula = new SKPaint
        {
            Shader = Texture.Cloudy(Palette.Magenta, radius * 0.25f, 0.7f, seed, octaves: 5, turbulent: true),
            BlendMode = SKBlendMode.Screen,
        };
        c.DrawCircle(0, 0, radius, nebula);
        Spiral(c, radius, rng);
        c.Restore();

        Rings(c, radius, look, rng);
        Atmosphere.Glow(c, SKPoint.Empty, radius * 0.45f, Palette.Ice, 0.8f * look.Intensity);
        c.Restore();

        Atmosphere.Motes(c, new SKRect(centre.X - (radius * 2.5f), centre.Y - (radius * 2f), centre.X + (radius * 2.5f), centre.Y + (radius * 2f)),
            (int)(260 * look.Intensity), Palette.Cyan, radius * 0.012f, rng, 0.9f, centre, radius * 0.9f);
    }

    private static void Spiral(SKCanvas c, float radius, Random rng)
    {
        using var blur = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, radius * 0.01f);
        using var paint = new SKPaint { Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, BlendMode = SKBlendMode.Plus, IsAntialias = true, MaskFilter = blur };
        const int Arms = 7;
        for (var strand = 0; strand < 90; strand++)
        {
            var arm = strand % Arms;
            var phase = (arm * MathF.Tau / Arms) + rng.Range(-0.25f, 0.25f);
            var tightness = rng.Range(2.4f, 3.4f);
            var start = rng.Range(0.05f, 0.3f);
            var end = rng.Range(0.75f, 1.0f);
            using var pathBuilder = new SKPathBuilder();
            // Logarithmic-looking spiral: angle grows as the radius shrinks, so strands wind inward.
            for (var i = 0; i <= 60; i++)
            {
                var t = start + ((end - start) * i / 60f);
                var r = t * radius;
                var a = phase + (tightness * MathF.Log(1f / t));
                var p = new SKPoint(MathF.Cos(a) * r, MathF.Sin(a) * r);
                if (i == 0)
                {
                    pathBuilder.MoveTo(p);
                }
                else
                {
                    pathBuilder.LineTo(p);
                }
            }

            paint.StrokeWidth = radius * rng.Range(0.003f, 0.02f);
            paint.Color = Palette.Mix(Palette.Cyan, Palette.Violet, rng.NextSingle()).Fade(rng.Range(0.12f, 0.45f));
            using var path = pathBuilder.Detach();
            c.DrawPath(path, paint);
        }
    }

    private static void Rings(SKCanvas c, float radius, PortalLook look, Random rng)
    {
        using var glowBlur = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, radius * 0.03f);
        using var halo = new SKPaint
        {
            Style = SKPaintStyle.Stroke,
            StrokeWidth = radius * 0.06f,
            Color = Palette.Cyan.Fade(0.7f * look.Intensity),
            MaskFilter = glowBlur,
            BlendMode = SKBlendMode.Plus,
            IsAntialias = true,
        };
        c.DrawCircle(0, 0, radius, halo);
        using var edge = new SKPaint
        {
            Style = SKPaintStyle.Stroke,
            StrokeWidth = radius * 0.012f,
            Color = Palette.Ice.Fade(0.9f * look.Intensity),
            BlendMode = SKBlendMode.Plus,
            IsAntialias = true,
        };
        c.DrawCircle(0, 0, radius, edge);

        // Broken rune rings turning at different speeds around the rim.
        for (var ring = 0; ring < 4; ring++)
        {
            var r = radius * (1.08f + (ring * 0.07f));
            var segments = 10 + (ring * 6);
            using var dash = new SKPaint
            {
                Style = SKPaintStyle.Stroke,
                StrokeWidth = radius * (0.008f - (ring * 0.0012f)),
                Color = Palette.Mix(Palette.Cyan, Palette.Violet, ring / 3f).Fade((0.65f - (ring * 0.12f)) * look.Intensity),
                BlendMode = SKBlendMode.Plus,
                IsAntialias = true,
            };
            var rect = new SKRect(-r, -r, r, r);
            for (var s = 0; s < segments; s++)
            {
                if (rng.Chance(0.3f))
                {
                    continue;
                }

                var step = 360f / segments;
                c.DrawArc(rect, (s * step) + rng.Range(0f, step * 0.3f), step * rng.Range(0.3f, 0.8f), false, dash);
            }

            for (var t = 0; t < segments * 2; t++)
            {
                var a = t * MathF.Tau / (segments * 2);
                var inner = r - (radius * 0.015f);
                c.DrawLine(MathF.Cos(a) * inner, MathF.Sin(a) * inner, MathF.Cos(a) * r, MathF.Sin(a) * r, dash);
            }
        }
    }
}
