using LegacyPress.SampleArt.Props;
using SkiaSharp;

namespace LegacyPress.SampleArt.Scenes;

/// <summary>From behind the grandson: he stands at the portal's edge, its light pouring past him.</summary>
public sealed class ThresholdScene : IScene
{
    public string FileName => "threshold.jpg";

    public SKSizeI Size => new(1800, 2800);

    public SKPoint Focus => new(0.5f, 0.62f);

    public void Paint(SKCanvas c, SKSizeI size, Random rng)
    {
        var s = new Stage(size);
        Atmosphere.Sky(c, s.Bounds, [Palette.Night, Palette.AbyssTeal, Palette.Night]);
        var centre = s.P(0.5f, 0.4f);
        var radius = s.W * 0.46f;

        // The room around the portal has dissolved into dark; only the arch of the doorway remains.
        Atmosphere.Rays(c, centre, s.H, 40f, 140f, 60, Palette.Cyan, rng, 0.28f, s.Len(0.012f));
        PortalPainter.Draw(c, centre, radius, new PortalLook(1f, 1f, new SKColor(0x10, 0x40, 0x5a)), rng);

        var doorway = s.Rect(0.0f, 0.0f, 1.0f, 0.93f);
        using (var walls = new SKPathBuilder { FillType = SKPathFillType.EvenOdd })
        {
            walls.AddRect(new SKRect(-10, -10, s.W + 10, s.H + 10));
            var opening = s.Rect(0.06f, 0.06f, 0.94f, 0.9f);
            using var arch = WorkshopProps.ArchPath(opening);
            walls.AddPath(arch);
            using var wallPath = walls.Detach();
            using var stone = new SKPaint { Color = new SKColor(0x06, 0x0b, 0x10), IsAntialias = true };
            c.DrawPath(wallPath, stone);
            Texture.Grain(c, doorway, s.Len(0.05f), 0.4f, rng.NoiseSeed(), octaves: 3, clip: wallPath);
            using var edge = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = s.Len(0.01f), Color = Palette.Cyan.Fade(0.5f), BlendMode = SKBlendMode.Plus, MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, s.Len(0.006f)), IsAntialias = true };
            c.DrawPath(arch, edge);
        }

        // The floor: lit in a wedge from the portal, with the boy's long shadow thrown toward us.
        var floorTop = s.Y(0.78f);
        var floor = new SKRect(0, floorTop, s.W, s.H);
        Atmosphere.Sky(c, floor, [Palette.DeepTeal, Palette.AbyssTeal, Palette.Night]);
        Texture.Grain(c, floor, s.Len(0.05f), 0.4f, rng.NoiseSeed(), stretchX: 6f, turbulent: true);
        Atmosphere.Glow(c, new SKPoint(s.X(0.5f), floorTop), s.Len(0.9f), Palette.Cyan, 0.5f, 0.35f);
        var feet = s.P(0.5f, 0.86f);
        using (var cast = new SKPathBuilder())
        {
            cast.MoveTo(feet.X - s.Len(0.05f), feet.Y);
            cast.LineTo(feet.X + s.Len(0.05f), feet.Y);
            cast.LineTo(feet.X + s.Len(0.2f), s.H + 10);
            cast.LineTo(feet.X - s.Len(0.2f), s.H + 10);
            cast.Close();
            using var castPath = cast.Detach();
            using var shadow = new SKPaint { Color = SKColors.Black.Fade(0.75f), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, s.Len(0.02f)), IsAntialias = true };
            c.DrawPath(castPath, shadow);
        }

        var height = s.H * 0.36f;
        using var boy = Silhouettes.Place(Silhouettes.Boy(Pose.Standing, 0.3f), feet, height, mirror: true);
        // Backlit from dead ahead: a thin halo all round the figure.
        using (var halo = new SKPaint { Color = Palette.Ice.Fade(0.9f), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, height * 0.01f), IsAntialias = true, BlendMode = SKBlendMode.Plus })
        {
            c.DrawPath(boy, halo);
        }

        using (var body = new SKPaint { Color = new SKColor(0x02, 0x05, 0x08), IsAntialias = true })
        {
            var inner = new SKPath(boy);
            var m = SKMatrix.CreateScale(0.985f, 0.992f, feet.X, feet.Y);
            inner.Transform(m);
            c.DrawPath(inner, body);
            inner.Dispose();
        }

        Atmosphere.Glow(c, s.P(0.5f, 0.52f), s.Len(0.5f), Palette.Teal, 0.35f);
        Atmosphere.Fog(c, s.Rect(0f, 0.62f, 1f, 0.95f), Palette.Cyan.Fade(0.6f), 0.3f, s.Len(0.2f), rng.NoiseSeed(), blend: SKBlendMode.Screen);
        Atmosphere.Motes(c, s.Bounds, 320, Palette.Cyan, s.Len(0.004f), rng, 0.8f);
        Atmosphere.Vignette(c, s, 0.7f);
        Atmosphere.FilmGrain(c, s, rng.NoiseSeed());
    }
}
