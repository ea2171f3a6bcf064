using LegacyPress.SampleArt.Props;
using SkiaSharp;

namespace LegacyPress.SampleArt.Scenes;

/// <summary>The last shot: sunrise over the rooftops, the device on the window sill with a new inscription.</summary>
public sealed class LegacyFinalScene : IScene
{
    public string FileName => "legacy-final.jpg";

    public SKSizeI Size => new(3000, 1688);

    public SKPoint Focus => new(0.55f, 0.55f);

    public void Paint(SKCanvas c, SKSizeI size, Random rng)
    {
        var s = new Stage(size);
        var opening = s.Rect(0.2f, -0.1f, 0.9f, 0.74f);

        Atmosphere.Sky(c, s.Bounds, [new SKColor(0x4a, 0x5a, 0x90), new SKColor(0xc0, 0x80, 0x88), Palette.Gold, new SKColor(0xff, 0xe6, 0xb0)], [0f, 0.35f, 0.6f, 0.72f]);
        using (var cloud = new SKPaint { Shader = Texture.Cloudy(Palette.Rose.Fade(0.8f), s.Len(0.25f), 0.6f, rng.NoiseSeed(), octaves: 5, stretchX: 5f) })
        {
            c.DrawRect(s.Rect(0f, 0f, 1f, 0.4f), cloud);
        }

        var sun = s.P(0.66f, 0.56f);
        Atmosphere.Glow(c, sun, s.Len(1.3f), Palette.Gold, 0.6f);
        Atmosphere.Glow(c, sun, s.Len(0.1f), SKColors.White, 1f);
        Atmosphere.Rays(c, sun, s.W, 180f, 360f, 40, Palette.Gold, rng, 0.15f, s.Len(0.01f));

        // Rooftops in three depths, the far ones melting into the morning haze; chimneys smoke.
        (float Depth, float BaseY, float Height)[] rows = [(0.2f, 0.64f, 0.06f), (0.5f, 0.7f, 0.1f), (0.8f, 0.78f, 0.16f)];
        foreach (var (depth, baseY, height) in rows)
        {
            var body = Palette.Mix(new SKColor(0xd0, 0x90, 0x80), new SKColor(0x2a, 0x1a, 0x20), depth);
            var chimneys = new List<SKPoint>();
            Silhouettes.Rooftops(c, 0, s.W, s.Y(baseY + height), s.Len(height), body, rng, depth > 0.4f ? Palette.Amber : null, chimneys);
            foreach (var top in chimneys.Where(_ => rng.Chance(0.35f)))
            {
                using var smoke = new SKPaint
                {
                    Shader = Texture.Cloudy(Palette.Mix(Palette.Rose, SKColors.White, 0.4f).Fade(0.6f), s.Len(0.03f), 0.6f, rng.NoiseSeed(), octaves: 3),
                    MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, s.Len(0.01f)),
                };
                c.DrawOval(new SKRect(top.X - s.Len(0.02f), top.Y - s.Len(0.18f), top.X + s.Len(0.12f), top.Y), smoke);
            }

            Atmosphere.Fog(c, s.Rect(0f, baseY - 0.05f, 1f, baseY + height + 0.05f), new SKColor(0xff, 0xd8, 0xb0).Fade(0.8f), 0.4f, s.Len(0.25f), rng.NoiseSeed(), stretchX: 6f);
        }

        // The window wall: dark, framing the view; the arch and bars in silhouette.
        using (var wall = new SKPathBuilder { FillType = SKPathFillType.EvenOdd })
        {
            wall.AddRect(new SKRect(-10, -10, s.W + 10, s.H + 10));
            using var arch = WorkshopProps.ArchPath(opening);
            wall.AddPath(arch);
            using var wallPath = wall.Detach();
            c.Save();
            c.ClipPath(wallPath, antialias: true);
            WorkshopProps.PlankWall(c, s.Bounds, Palette.UmberDeep, s.Len(0.1f), rng.NoiseSeed());
            Atmosphere.Glow(c, sun, s.Len(0.9f), Palette.Amber, 0.25f);
            c.Restore();
            WorkshopProps.WindowFrame(c, opening, new SKColor(0x1a, 0x10, 0x0a), s.Len(0.014f));
        }

        // The sill, lit along its edge by the sunrise.
        var sill = s.Rect(0.1f, 0.74f, 1.0f, 0.8f);
        using (var sillPath = new SKPathBuilder())
        {
            sillPath.AddRect(sill);
            using var shape = sillPath.Detach();
            Texture.Wood(c, sill, Palette.Walnut, s.Len(0.05f), rng.NoiseSeed(), shape);
        }

        Atmosphere.Sky(c, sill, [Palette.Gold.Fade(0.6f), SKColors.Black.Fade(0.1f), SKColors.Black.Fade(0.6f)]);
        var below = s.Rect(0f, 0.8f, 1f, 1f);
        c.Save();
        c.ClipRect(below);
        WorkshopProps.PlankWall(c, below, Palette.Umber, s.Len(0.1f), rng.NoiseSeed());
        c.Restore();
        Atmosphere.Sky(c, below, [SKColors.Black.Fade(0.75f), SKColors.Black.Fade(0.4f), SKColors.Black.Fade(0.8f)]);

        var core = s.P(0.55f, 0.55f);
        var radius = s.Len(0.16f);
        DevicePainter.Draw(c, new SKPoint(core.X, sill.Top - (radius * 1.22f)), radius,
            new DeviceLook(GearFinish.Brass.Lit(Palette.Gold, 0.3f), 0.25f, Palette.Cyan, 40f), rng);
        Inscription(c, s, new SKPoint(core.X, sill.Top - (radius * 0.13f)), radius, rng);

        Atmosphere.Glow(c, s.P(0.55f, 0.55f), s.Len(0.5f), Palette.Gold, 0.25f);
        Atmosphere.Motes(c, s.Rect(0.2f, 0.2f, 0.95f, 0.8f), 160, Palette.Gold, s.Len(0.004f), rng, 0.6f);
        Atmosphere.Vignette(c, s, 0.6f);
        Atmosphere.FilmGrain(c, s, rng.NoiseSeed());
    }

    private static void Inscription(SKCanvas c, Stage s, SKPoint plinthCentre, float radius, Random rng)
    {
        // A freshly engraved brass plate on the plinth: the grandson's line under his grandfather's.
        var plate = new SKRect(plinthCentre.X - (radius * 0.55f), plinthCentre.Y - (radius * 0.06f), plinthCentre.X + (radius * 0.55f), plinthCentre.Y + (radius * 0.08f));
        using var brass = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(plate.Left, plate.Top), new SKPoint(plate.Right, plate.Bottom), [Palette.BrassLight, Palette.Brass, Palette.BrassLight], SKShaderTileMode.Clamp),
            IsAntialias = true,
        };
        c.DrawRect(plate, brass);
        var lines = plate;
        lines.Inflate(-plate.Width * 0.08f, -plate.Height * 0.12f);
        Handwriting.Lines(c, lines, 2, Palette.UmberDeep.Fade(0.85f), s.Len(0.0016f), rng, 0.1f);
        Atmosphere.Glow(c, new SKPoint(plate.Right - (plate.Width * 0.15f), plate.MidY), radius * 0.3f, SKColors.White, 0.5f);
    }
}
