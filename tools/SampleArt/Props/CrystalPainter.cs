using SkiaSharp;

namespace LegacyPress.SampleArt.Props;

/// <summary>Glowing crystal prisms: faceted, lit from inside, with a halo on the ground around them.</summary>
public static class CrystalPainter
{
    public static void Cluster(SKCanvas c, SKPoint root, float height, SKColor color, Random rng, int count, float glow)
    {
        Atmosphere.Glow(c, new SKPoint(root.X, root.Y - (height * 0.3f)), height * 1.6f, color, 0.45f * glow);
        for (var i = 0; i < count; i++)
        {
            var tilt = rng.Gaussian(0f, 22f);
            var h = height * (i == 0 ? 1f : rng.Range(0.35f, 0.8f));
            var w = h * rng.Range(0.14f, 0.22f);
            var offset = i == 0 ? 0f : rng.Range(-1f, 1f) * height * 0.25f;
            Prism(c, new SKPoint(root.X + offset, root.Y), h, w, tilt, color, glow);
        }

        Atmosphere.Glow(c, root, height * 0.7f, color, 0.5f * glow, 0.25f);
    }

    public static void Prism(SKCanvas c, SKPoint root, float height, float width, float tiltDeg, SKColor color, float glow)
    {
        c.Save();
        c.Translate(root.X, root.Y);
        c.RotateDegrees(tiltDeg);
        var half = width / 2f;
        var shoulder = -height * 0.78f;
        // Three visible faces: a dark left facet, a bright right facet and a light edge between.
        SKPoint[] left = [new(-half, 0), new(-half, shoulder), new(0, -height), new(-half * 0.1f, shoulder * 0.98f), new(-half * 0.1f, 0)];
        SKPoint[] right = [new(-half * 0.1f, 0), new(-half * 0.1f, shoulder * 0.98f), new(0, -height), new(half, shoulder), new(half, 0)];
        Face(c, left, Palette.Mix(color, Palette.Night, 0.45f), Palette.Mix(color, Palette.Night, 0.15f), height);
        Face(c, right, Palette.Mix(color, Palette.Ice, 0.35f * glow), color, height);
        using var edge = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(1f, width * 0.03f), Color = Palette.Ice.Fade(0.7f * glow), BlendMode = SKBlendMode.Plus, IsAntialias = true };
        c.DrawLine(-half * 0.1f, 0, -half * 0.1f, shoulder * 0.98f, edge);
        c.DrawLine(-half * 0.1f, shoulder * 0.98f, 0, -height, edge);
        Atmosphere.Glow(c, new SKPoint(0, -height * 0.45f), width * 1.4f, Palette.Mix(color, Palette.Ice, 0.4f), 0.6f * glow, 2.2f);
        c.Restore();
    }

    private static void Face(SKCanvas c, SKPoint[] points, SKColor top, SKColor bottom, float height)
    {
        using var builder = new SKPathBuilder();
        builder.AddPoly(points, true);
        using var face = builder.Detach();
        using var paint = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, -height), new SKPoint(0, 0), [top, bottom, Palette.Mix(bottom, Palette.Night, 0.6f)], [0f, 0.6f, 1f], SKShaderTileMode.Clamp),
            IsAntialias = true,
        };
        c.DrawPath(face, paint);
    }
}
