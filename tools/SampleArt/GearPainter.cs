using SkiaSharp;

namespace LegacyPress.SampleArt;

/// <summary>A spur gear: pitch radius, tooth count and the angle its first tooth points at.</summary>
public readonly record struct Gear(SKPoint Centre, float PitchRadius, int Teeth, float RotationRad)
{
    /// <summary>Tooth size; two gears only mesh when it is the same.</summary>
    public float Module => 2f * PitchRadius / Teeth;

    public float OuterRadius => PitchRadius + Module;

    public float RootRadius => PitchRadius - (1.25f * Module);

    public static Gear WithModule(SKPoint centre, float approxRadius, float module, float rotationRad = 0f)
    {
        var teeth = Math.Max(6, (int)MathF.Round(2f * approxRadius / module));
        return new Gear(centre, teeth * module / 2f, teeth, rotationRad);
    }

    /// <summary>
    /// A gear of the same module placed against this one at <paramref name="angleDeg"/>, turned so its
    /// gaps receive this gear's teeth; otherwise neighbouring teeth overlap and the train reads as fake.
    /// </summary>
    public Gear MeshWith(float approxRadius, float angleDeg)
    {
        var other = WithModule(Centre, approxRadius, Module);
        var phi = angleDeg * MathF.PI / 180f;
        var distance = PitchRadius + other.PitchRadius;
        var centre = new SKPoint(Centre.X + (MathF.Cos(phi) * distance), Centre.Y + (MathF.Sin(phi) * distance));
        var pitchA = 2f * MathF.PI / Teeth;
        var pitchB = 2f * MathF.PI / other.Teeth;
        var f = Wrap((phi - RotationRad) / pitchA);
        var rotation = phi + MathF.PI - (f * pitchB) + (0.5f * pitchB);
        return other with { Centre = centre, RotationRad = rotation };
    }

    private static float Wrap(float x) => x - MathF.Floor(x);
}

/// <summary>How a gear's metal takes the light in a given scene.</summary>
public readonly record struct GearFinish(SKColor Highlight, SKColor Mid, SKColor Shadow, SKColor Edge)
{
    public static readonly GearFinish Brass = new(Palette.BrassLight, Palette.Brass, Palette.BrassDark, Palette.UmberDeep);
    public static readonly GearFinish Copper = new(new SKColor(0xf0, 0xa0, 0x70), Palette.Copper, new SKColor(0x4a, 0x20, 0x10), Palette.UmberDeep);
    public static readonly GearFinish Steel = new(new SKColor(0xc8, 0xc4, 0xbc), new SKColor(0x70, 0x6c, 0x66), new SKColor(0x26, 0x24, 0x22), new SKColor(0x0c, 0x0b, 0x0a));

    /// <summary>The same metal under another light: far gears in dim rooms, brass under the portal's cyan.</summary>
    public GearFinish Lit(SKColor light, float amount) =>
        new(Palette.Mix(Highlight, light, amount), Palette.Mix(Mid, light, amount * 0.7f),
            Palette.Mix(Shadow, light, amount * 0.35f), Edge);

    public GearFinish Dimmed(float amount) =>
        new(Palette.Mix(Highlight, Palette.UmberDeep, amount), Palette.Mix(Mid, Palette.UmberDeep, amount),
            Palette.Mix(Shadow, Palette.UmberDeep, amount), Edge);
}

/// <summary>Draws gears with real teeth, spoked webs and hubs.</summary>
public static class GearPainter
{
    public static SKPath Outline(Gear g, int spokes = 5)
    {
        using var path = new SKPathBuilder { FillType = SKPathFillType.EvenOdd };
        var pitch = 2f * MathF.PI / g.Teeth;
        var outer = g.OuterRadius;
        var root = g.RootRadius;
        for (var i = 0; i < g.Teeth; i++)
        {
            var a = g.RotationRad + (i * pitch);
            // Tapered flanks: wide at the root, narrow at the tip, like an involute tooth at a glance.
            AddPolar(path, g.Centre, root, a - (pitch * 0.5f), i == 0);
            AddPolar(path, g.Centre, root, a - (pitch * 0.3f), false);
            AddPolar(path, g.Centre, outer, a - (pitch * 0.16f), false);
            AddPolar(path, g.Centre, outer, a + (pitch * 0.16f), false);
            AddPolar(path, g.Centre, root, a + (pitch * 0.3f), false);
        }

        path.Close();

        var rimInner = root - (g.Module * 1.6f);
        var hub = Math.Max(g.PitchRadius * 0.22f, g.Module * 1.5f);
        if (spokes > 0 && rimInner > hub * 1.6f)
        {
            var spokeHalf = MathF.Asin(Math.Min(0.9f, g.PitchRadius * 0.07f / rimInner));
            var hubHalf = MathF.Asin(Math.Min(0.9f, g.PitchRadius * 0.09f / (hub * 1.25f)));
            for (var s = 0; s < spokes; s++)
            {
                var a0 = g.RotationRad + (s * 2f * MathF.PI / spokes);
                var a1 = a0 + (2f * MathF.PI / spokes);
                path.AddArc(Circle(g.Centre, rimInner), Deg(a0 + spokeHalf), Deg(a1 - a0 - (2 * spokeHalf)));
                path.ArcTo(Circle(g.Centre, hub * 1.25f), Deg(a1 - hubHalf), -Deg(a1 - a0 - (2 * hubHalf)), false);
                path.Close();
            }
        }

        path.AddCircle(g.Centre.X, g.Centre.Y, hub * 0.38f);
        return path.Detach();
    }

    public static void Draw(SKCanvas c, Gear g, GearFinish finish, float seed, int spokes = 5, float shadow = 0.55f)
    {
        using var outline = Outline(g, spokes);
        var r = g.OuterRadius;

        if (shadow > 0)
        {
            using var shadowPaint = new SKPaint
            {
                Color = SKColors.Black.Fade(shadow),
                MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, r * 0.06f),
                IsAntialias = true,
            };
            c.Save();
            c.Translate(r * 0.05f, r * 0.08f);
            c.DrawPath(outline, shadowPaint);
            c.Restore();
        }

        // A sweep gradient gives the streaky anisotropic sheen of turned metal.
        var sweep = SKShader.CreateSweepGradient(g.Centre,
            [finish.Mid, finish.Highlight, finish.Mid, finish.Shadow, finish.Mid, finish.Highlight, finish.Mid, finish.Shadow, finish.Mid],
            null, SKMatrix.CreateRotationDegrees(-30f + Deg(g.RotationRad * 0.15f), g.Centre.X, g.Centre.Y));
        var falloff = SKShader.CreateRadialGradient(new SKPoint(g.Centre.X - (r * 0.3f), g.Centre.Y - (r * 0.35f)), r * 1.6f,
            [SKColors.White.Fade(0.0f), SKColors.Black.Fade(0.55f)], SKShaderTileMode.Clamp);
        using var body = new SKPaint
        {
            Shader = SKShader.CreateCompose(sweep, falloff, SKBlendMode.SrcOver),
            IsAntialias = true,
        };
        c.DrawPath(outline, body);
        Texture.Grain(c, outline.Bounds, Math.Max(2.5f, r * 0.025f), 0.28f, seed, octaves: 2, clip: outline);

        using var edge = new SKPaint
        {
            Style = SKPaintStyle.Stroke,
            StrokeWidth = Math.Max(1f, r * 0.012f),
            Color = finish.Edge.Fade(0.85f),
            IsAntialias = true,
        };
        c.DrawPath(outline, edge);

        // Raised rim and hub catch a thin highlight on the side facing the light.
        using var rim = new SKPaint
        {
            Style = SKPaintStyle.Stroke,
            StrokeWidth = Math.Max(1f, g.Module * 0.35f),
            Shader = SKShader.CreateLinearGradient(new SKPoint(g.Centre.X - r, g.Centre.Y - r), new SKPoint(g.Centre.X + r, g.Centre.Y + r),
                [finish.Highlight.Fade(0.9f), finish.Shadow.Fade(0.6f)], SKShaderTileMode.Clamp),
            IsAntialias = true,
        };
        c.DrawCircle(g.Centre, g.RootRadius - (g.Module * 0.5f), rim);
        var hub = Math.Max(g.PitchRadius * 0.22f, g.Module * 1.5f);
        using var hubFill = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(new SKPoint(g.Centre.X - (hub * 0.3f), g.Centre.Y - (hub * 0.3f)), hub * 1.2f,
                [finish.Highlight, finish.Mid, finish.Shadow], SKShaderTileMode.Clamp),
            IsAntialias = true,
        };
        using var hubRingBuilder = new SKPathBuilder() { FillType = SKPathFillType.EvenOdd };
        hubRingBuilder.AddCircle(g.Centre.X, g.Centre.Y, hub);
        hubRingBuilder.AddCircle(g.Centre.X, g.Centre.Y, hub * 0.38f);
        using var hubRing = hubRingBuilder.Detach();
        c.DrawPath(hubRing, hubFill);
        c.DrawPath(hubRing, edge);
        using var bolt = new SKPaint { Color = finish.Shadow, IsAntialias = true };
        for (var b = 0; b < 6; b++)
        {
            var a = g.RotationRad + (b * MathF.PI / 3f);
            c.DrawCircle(g.Centre.X + (MathF.Cos(a) * hub * 0.7f), g.Centre.Y + (MathF.Sin(a) * hub * 0.7f), hub * 0.08f, bolt);
        }
    }

    /// <summary>A flat gear shape for backlit or far-away machinery.</summary>
    public static void Silhouette(SKCanvas c, Gear g, SKColor color, int spokes = 5, float blurPx = 0f)
    {
        using var outline = Outline(g, spokes);
        using var paint = new SKPaint
        {
            Color = color,
            IsAntialias = true,
            MaskFilter = blurPx > 0 ? SKMaskFilter.CreateBlur(SKBlurStyle.Normal, blurPx) : null,
        };
        c.DrawPath(outline, paint);
    }

    private static void AddPolar(SKPathBuilder path, SKPoint centre, float radius, float angle, bool first)
    {
        var p = new SKPoint(centre.X + (MathF.Cos(angle) * radius), centre.Y + (MathF.Sin(angle) * radius));
        if (first)
        {
            path.MoveTo(p);
        }
        else
        {
            path.LineTo(p);
        }
    }

    private static SKRect Circle(SKPoint centre, float radius) =>
        new(centre.X - radius, centre.Y - radius, centre.X + radius, centre.Y + radius);

    private static float Deg(float rad) => rad * 180f / MathF.PI;
}
