using LegacyPress.SampleArt.Props;
using SkiaSharp;

namespace LegacyPress.SampleArt.Scenes;

/// <summary>The portal tears open in the middle of the workshop; the grandson reaches toward it.</summary>
public sealed class PortalScene : IScene
{
    public string FileName => "portal.jpg";

    public SKSizeI Size => new(3400, 1913);

    public SKPoint Focus => new(0.6f, 0.45f);

    public void Paint(SKCanvas c, SKSizeI size, Random rng)
    {
        var s = new Stage(size);
        var centre = s.P(0.6f, 0.45f);
        var violetWood = Palette.Mix(Palette.Umber, Palette.DeepViolet, 0.5f);
        WorkshopProps.PlankWall(c, s.Bounds, violetWood, s.Len(0.1f), rng.NoiseSeed());
        var litBrass = GearFinish.Brass.Lit(Palette.Violet, 0.35f);
        WorkshopProps.GearWall(c, s.Rect(0f, 0f, 0.35f, 0.6f), litBrass.Dimmed(0.2f), rng, trains: 5, scale: s.Short);
        WorkshopProps.GearWall(c, s.Rect(0.85f, 0f, 1f, 0.5f), litBrass.Dimmed(0.2f), rng, trains: 3, scale: s.Short);
        WorkshopProps.Shelf(c, s.X(0.02f), s.X(0.2f), s.Y(0.66f), s.Len(0.11f), new SKColor(0x0c, 0x08, 0x14), Palette.Violet, rng);

        Atmosphere.Shadows(c, s.Bounds, centre, s.Len(1.1f), Palette.Night, 0.9f, 0.8f);

        // Floor catches the portal's light as a long reflection.
        var floor = s.Rect(0f, 0.82f, 1f, 1f);
        Atmosphere.Sky(c, floor, [Palette.Night.Fade(0.6f), Palette.Night]);
        Texture.Grain(c, floor, s.Len(0.06f), 0.35f, rng.NoiseSeed(), stretchX: 10f, turbulent: true);
        Atmosphere.Glow(c, new SKPoint(centre.X, s.Y(0.9f)), s.Len(0.7f), Palette.Teal, 0.45f, 0.15f);

        var radius = s.Len(0.3f);
        Atmosphere.Rays(c, centre, s.Len(1.6f), 0f, 360f, 50, Palette.Teal, rng, 0.18f, s.Len(0.01f));
        PortalPainter.Draw(c, centre, radius, new PortalLook(1f), rng);

        // Loose pages sucked toward the vortex.
        using (var page = new SKPaint { IsAntialias = true })
        {
            for (var i = 0; i < 26; i++)
            {
                var a = rng.Range(0f, MathF.Tau);
                var d = radius * rng.Range(1.2f, 2.6f);
                var p = new SKPoint(centre.X + (MathF.Cos(a) * d), centre.Y + (MathF.Sin(a) * d * 0.7f));
                c.Save();
                c.RotateDegrees(rng.Range(0f, 360f), p.X, p.Y);
                page.Color = Palette.Mix(Palette.Parchment, Palette.Violet, 0.55f).Fade(rng.Range(0.25f, 0.6f));
                var w = s.Len(rng.Range(0.01f, 0.025f));
                c.DrawRect(p.X - w, p.Y - (w * 0.7f), w * 2f, w * 1.4f, page);
                c.Restore();
            }
        }

        // The grandson in the foreground, left of the portal, rim-lit by it.
        var feet = s.P(0.33f, 0.94f);
        var height = s.Len(0.62f);
        using var boy = Silhouettes.Place(Silhouettes.Boy(Pose.Reaching, 0.6f), feet, height);
        Silhouettes.RimLit(c, boy, new SKColor(0x04, 0x06, 0x0c), Palette.Cyan.Fade(0.9f), new SKPoint(height * 0.008f, -height * 0.004f), height * 0.004f);
        using (var shadow = new SKPaint { Color = SKColors.Black.Fade(0.7f), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, s.Len(0.01f)) })
        {
            c.DrawOval(new SKPoint(feet.X - s.Len(0.08f), feet.Y), new SKSize(s.Len(0.16f), s.Len(0.015f)), shadow);
        }

        Atmosphere.Fog(c, s.Rect(0f, 0.55f, 1f, 1.02f), Palette.Violet.Fade(0.6f), 0.35f, s.Len(0.25f), rng.NoiseSeed(), blend: SKBlendMode.Screen);
        Atmosphere.Motes(c, s.Bounds, 200, Palette.Violet, s.Len(0.004f), rng, 0.7f);
        Atmosphere.Vignette(c, s, 0.75f);
        Atmosphere.FilmGrain(c, s, rng.NoiseSeed());
    }
}
