using LegacyPress.SampleArt.Props;
using SkiaSharp;

namespace LegacyPress.SampleArt.Scenes;

/// <summary>Home again: he steps out of the closing portal into the workshop as dawn comes through the window.</summary>
public sealed class ReturnScene : IScene
{
    public string FileName => "return.jpg";

    public SKSizeI Size => new(3000, 1688);

    public SKPoint Focus => new(0.5f, 0.5f);

    public void Paint(SKCanvas c, SKSizeI size, Random rng)
    {
        var s = new Stage(size);
        WorkshopProps.PlankWall(c, s.Bounds, Palette.Umber, s.Len(0.1f), rng.NoiseSeed());

        // Dawn through a tall window on the left: the warm half of the frame.
        var window = s.Rect(0.06f, 0.08f, 0.2f, 0.62f);
        using (var arch = WorkshopProps.ArchPath(window))
        {
            c.Save();
            c.ClipPath(arch, antialias: true);
            Atmosphere.Sky(c, window, [new SKColor(0x6a, 0x80, 0xb0), Palette.Rose, Palette.Gold, SKColors.White], [0f, 0.45f, 0.8f, 1f]);
            Silhouettes.Rooftops(c, window.Left, window.Right, window.Bottom, window.Height * 0.18f, new SKColor(0x5a, 0x3a, 0x3a), rng);
            c.Restore();
            WorkshopProps.WindowFrame(c, window, Palette.UmberDeep, s.Len(0.012f));
        }

        WorkshopProps.GearWall(c, s.Rect(0.25f, 0.02f, 1f, 0.35f), GearFinish.Brass, rng, trains: 7, scale: s.Short);
        WorkshopProps.Pipe(c, [s.P(0.24f, -0.02f), s.P(0.24f, 0.7f)], s.Len(0.025f), GearFinish.Copper.Dimmed(0.3f));
        WorkshopProps.Shelf(c, s.X(0.8f), s.X(0.98f), s.Y(0.5f), s.Len(0.1f), new SKColor(0x16, 0x0e, 0x0a), Palette.Cyan, rng);
        WorkshopProps.Shelf(c, s.X(0.8f), s.X(0.98f), s.Y(0.68f), s.Len(0.1f), new SKColor(0x16, 0x0e, 0x0a), Palette.Cyan, rng);

        Atmosphere.Shadows(c, s.Bounds, s.P(0.4f, 0.5f), s.Len(1.3f), Palette.UmberDeep, 0.85f, 0.8f);
        var floor = s.Rect(0f, 0.85f, 1f, 1f);
        Atmosphere.Sky(c, floor, [Palette.UmberDeep.Fade(0.7f), Palette.Night]);
        Texture.Grain(c, floor, s.Len(0.06f), 0.35f, rng.NoiseSeed(), stretchX: 10f, turbulent: true);

        // Dawn shafts slanting from the window across the room, warm against the portal's cold.
        Atmosphere.Rays(c, s.P(0.13f, 0.3f), s.Len(1.6f), 5f, 35f, 26, Palette.Gold, rng, 0.3f, s.Len(0.012f));
        Atmosphere.Glow(c, s.P(0.13f, 0.35f), s.Len(0.6f), Palette.Gold, 0.4f);

        var centre = s.P(0.55f, 0.46f);
        PortalPainter.Draw(c, centre, s.Len(0.26f), new PortalLook(0.7f, 1f, new SKColor(0x20, 0x30, 0x50)), rng);

        // The grandson mid-stride out of the portal, lit warm on one side and cold on the other.
        var feet = s.P(0.5f, 0.9f);
        var height = s.Len(0.56f);
        using var boy = Silhouettes.Place(Silhouettes.Boy(Pose.Standing, 0.15f), feet, height);
        using (var warm = new SKPaint { Color = Palette.Gold.Fade(0.85f), IsAntialias = true, MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, height * 0.004f) })
        {
            c.Save();
            c.Translate(-height * 0.008f, 0);
            c.DrawPath(boy, warm);
            c.Restore();
        }

        Silhouettes.RimLit(c, boy, new SKColor(0x0a, 0x08, 0x0c), Palette.Cyan.Fade(0.85f), new SKPoint(height * 0.008f, -height * 0.003f), height * 0.004f);
        var hand = Silhouettes.Hand(Pose.Standing);
        var device = new SKPoint(feet.X + (hand.X * height), feet.Y + (hand.Y * height) - s.Len(0.01f));
        DevicePainter.Draw(c, device, s.Len(0.035f), new DeviceLook(GearFinish.Brass, 0.6f, Palette.Cyan, 10f), rng);

        Atmosphere.Fog(c, s.Rect(0f, 0.55f, 1f, 1.02f), Palette.Gold.Fade(0.5f), 0.3f, s.Len(0.25f), rng.NoiseSeed(), blend: SKBlendMode.Screen);
        Atmosphere.Motes(c, s.Rect(0.05f, 0.2f, 0.6f, 0.9f), 220, Palette.Gold, s.Len(0.004f), rng, 0.7f);
        Atmosphere.Motes(c, s.Bounds, 150, Palette.Cyan, s.Len(0.003f), rng, 0.7f, centre, s.Len(0.3f));
        Atmosphere.Vignette(c, s, 0.7f);
        Atmosphere.FilmGrain(c, s, rng.NoiseSeed());
    }
}
