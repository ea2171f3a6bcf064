using LegacyPress.SampleArt.Props;
using SkiaSharp;

namespace LegacyPress.SampleArt.Scenes;

/// <summary>Act 2 opener: the device wakes, its cold light bursting through the dark workshop.</summary>
public sealed class AwakeningScene : IScene
{
    public string FileName => "awakening.jpg";

    public SKSizeI Size => new(3000, 1688);

    public SKPoint Focus => new(0.5f, 0.45f);

    public void Paint(SKCanvas c, SKSizeI size, Random rng)
    {
        var s = new Stage(size);
        var core = s.P(0.5f, 0.45f);
        var coldWood = Palette.Mix(Palette.Umber, Palette.DeepTeal, 0.55f);
        WorkshopProps.PlankWall(c, s.Bounds, coldWood, s.Len(0.11f), rng.NoiseSeed());
        var coldBrass = GearFinish.Brass.Lit(Palette.Cyan, 0.45f);
        WorkshopProps.GearWall(c, s.Rect(0f, 0.02f, 0.3f, 0.55f), coldBrass.Dimmed(0.3f), rng, trains: 4, scale: s.Short);
        WorkshopProps.GearWall(c, s.Rect(0.7f, 0.02f, 1f, 0.55f), coldBrass.Dimmed(0.3f), rng, trains: 4, scale: s.Short);
        WorkshopProps.Pipe(c, [s.P(-0.02f, 0.62f), s.P(0.18f, 0.62f), s.P(0.18f, -0.02f)], s.Len(0.03f), coldBrass.Dimmed(0.3f));
        WorkshopProps.Pipe(c, [s.P(1.02f, 0.3f), s.P(0.86f, 0.3f), s.P(0.86f, 0.75f)], s.Len(0.025f), GearFinish.Copper.Lit(Palette.Cyan, 0.3f).Dimmed(0.3f));
        var shelfBody = new SKColor(0x06, 0x0e, 0x12);
        WorkshopProps.Shelf(c, s.X(0.02f), s.X(0.16f), s.Y(0.42f), s.Len(0.1f), shelfBody, Palette.Cyan, rng);
        WorkshopProps.Shelf(c, s.X(0.88f), s.X(0.99f), s.Y(0.55f), s.Len(0.1f), shelfBody, Palette.Cyan, rng);

        // The lamps have gone out; the only light is the device's, falling off fast.
        Atmosphere.Shadows(c, s.Bounds, core, s.Len(1.05f), Palette.Night, 0.93f, 0.85f);
        foreach (var x in new[] { 0.25f, 0.75f })
        {
            WorkshopProps.HangingLamp(c, s.X(x), 0f, s.Y(0.18f), s.Len(0.045f), Palette.Lamplight, 0f, coldBrass.Dimmed(0.5f), rng);
        }

        var radius = s.Len(0.2f);
        var benchTop = core.Y + (radius * 1.22f);
        WorkshopProps.Bench(c, s.X(0.22f), s.X(0.78f), benchTop, s.Len(0.045f), coldWood, Palette.Cyan, s.Y(1.05f), rng);
        Atmosphere.Shadows(c, s.Rect(0f, 0.6f, 1f, 1f), core, s.Len(0.9f), Palette.Night, 0.7f, 0.6f);

        Atmosphere.Rays(c, core, s.Len(1.4f), 0f, 360f, 70, Palette.Cyan, rng, 0.22f, s.Len(0.008f));
        DevicePainter.Draw(c, core, radius, new DeviceLook(coldBrass, 1f, Palette.Cyan, 22f), rng);

        // Shock rings expanding from the core, tilted like the device's own rings.
        using (var ring = new SKPaint { Style = SKPaintStyle.Stroke, BlendMode = SKBlendMode.Plus, IsAntialias = true, MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, s.Len(0.004f)) })
        {
            for (var i = 0; i < 4; i++)
            {
                var r = radius * (1.5f + (i * 0.65f));
                ring.StrokeWidth = s.Len(0.006f - (i * 0.001f));
                ring.Color = Palette.Mix(Palette.Cyan, Palette.Violet, i / 4f).Fade(0.55f - (i * 0.11f));
                c.Save();
                c.RotateDegrees(-12f, core.X, core.Y);
                c.DrawOval(core, new SKSize(r, r * 0.32f), ring);
                c.Restore();
            }
        }

        Atmosphere.Glow(c, core, s.Len(1.2f), Palette.Teal, 0.35f);
        Atmosphere.Fog(c, s.Rect(0f, 0.3f, 1f, 0.8f), Palette.Cyan.Fade(0.6f), 0.3f, s.Len(0.22f), rng.NoiseSeed(), blend: SKBlendMode.Screen);
        Atmosphere.Motes(c, s.Bounds, 380, Palette.Cyan, s.Len(0.004f), rng, 0.9f, core, s.Len(0.35f));
        Atmosphere.Motes(c, s.Bounds, 120, Palette.Ice, s.Len(0.003f), rng, 0.7f);
        Atmosphere.Vignette(c, s, 0.8f);
        Atmosphere.FilmGrain(c, s, rng.NoiseSeed());
    }
}
