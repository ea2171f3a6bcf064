using LegacyPress.SampleArt.Props;
using SkiaSharp;

namespace LegacyPress.SampleArt.Scenes;

/// <summary>Act 1 opener: the grandfather's workshop at dusk, the dormant device waiting on the bench.</summary>
public sealed class WorkshopScene : IScene
{
    public string FileName => "workshop.jpg";

    public SKSizeI Size => new(3000, 1688);

    public SKPoint Focus => new(0.45f, 0.55f);

    public void Paint(SKCanvas c, SKSizeI size, Random rng)
    {
        var s = new Stage(size);
        WorkshopProps.PlankWall(c, s.Bounds, Palette.Umber, s.Len(0.09f), rng.NoiseSeed());

        // Dusk through the window: the last warm band under a violet sky, the town already dark.
        var window = s.Rect(0.74f, 0.1f, 0.9f, 0.56f);
        using (var arch = WorkshopProps.ArchPath(window))
        {
            c.Save();
            c.ClipPath(arch, antialias: true);
            Atmosphere.Sky(c, window, [Palette.DeepViolet, Palette.Dusk, Palette.Rose, Palette.Amber], [0f, 0.45f, 0.8f, 1f]);
            Atmosphere.Stars(c, new SKRect(window.Left, window.Top, window.Right, window.MidY), 40, rng, Palette.Ice);
            Silhouettes.Rooftops(c, window.Left, window.Right, window.Bottom, window.Height * 0.22f, new SKColor(0x24, 0x14, 0x1c), rng, Palette.Amber);
            c.Restore();
            WorkshopProps.WindowFrame(c, window, Palette.UmberDeep, s.Len(0.012f));
        }

        Atmosphere.Glow(c, s.P(0.82f, 0.45f), s.Len(0.5f), Palette.Rose, 0.18f);

        WorkshopProps.GearWall(c, s.Rect(0.06f, 0.06f, 0.62f, 0.42f), GearFinish.Brass, rng, trains: 9, scale: s.Short);
        WorkshopProps.Pipe(c, [s.P(-0.02f, 0.08f), s.P(0.66f, 0.08f), s.P(0.66f, 0.5f), s.P(0.7f, 0.5f)], s.Len(0.03f), GearFinish.Copper.Dimmed(0.35f));
        WorkshopProps.Pipe(c, [s.P(0.03f, -0.02f), s.P(0.03f, 0.75f)], s.Len(0.022f), GearFinish.Brass.Dimmed(0.4f));

        var shelfBody = new SKColor(0x1c, 0x10, 0x08);
        WorkshopProps.Shelf(c, s.X(0.05f), s.X(0.2f), s.Y(0.33f), s.Len(0.1f), shelfBody, Palette.Amber, rng);
        WorkshopProps.Shelf(c, s.X(0.05f), s.X(0.2f), s.Y(0.5f), s.Len(0.1f), shelfBody, Palette.Amber, rng);
        WorkshopProps.Shelf(c, s.X(0.72f), s.X(0.97f), s.Y(0.66f), s.Len(0.1f), shelfBody, Palette.Amber, rng);

        // The lamps warm the middle of the room and leave its corners in shadow.
        Atmosphere.Shadows(c, s.Bounds, s.P(0.45f, 0.45f), s.Len(1.25f), Palette.UmberDeep, 0.88f, 0.8f);
        Atmosphere.Glow(c, s.P(0.45f, 0.45f), s.Len(0.9f), Palette.Amber, 0.22f);
        var floor = s.Rect(0f, 0.82f, 1f, 1f);
        Atmosphere.Sky(c, floor, [Palette.UmberDeep, Palette.Night]);
        Texture.Grain(c, floor, s.Len(0.05f), 0.4f, rng.NoiseSeed(), octaves: 3, stretchX: 8f, turbulent: true);

        var bench = WorkshopProps.Bench(c, s.X(0.2f), s.X(0.7f), s.Y(0.6f), s.Len(0.04f), Palette.Walnut, Palette.Lamplight, s.Y(0.95f), rng);
        Clutter(c, s, bench, rng);
        DevicePainter.Draw(c, s.P(0.45f, 0.478f), s.Len(0.1f), new DeviceLook(GearFinish.Brass, 0.12f, Palette.Cyan), rng);

        WorkshopProps.HangingLamp(c, s.X(0.3f), 0f, s.Y(0.27f), s.Len(0.05f), Palette.Lamplight, 1f, GearFinish.Brass, rng);
        WorkshopProps.HangingLamp(c, s.X(0.6f), 0f, s.Y(0.2f), s.Len(0.045f), Palette.Lamplight, 0.9f, GearFinish.Brass, rng);

        Atmosphere.Fog(c, s.Rect(0f, 0.35f, 1f, 0.9f), Palette.Amber.Fade(0.5f), 0.25f, s.Len(0.25f), rng.NoiseSeed());
        Atmosphere.Motes(c, s.Rect(0.15f, 0.2f, 0.75f, 0.85f), 220, Palette.Lamplight, s.Len(0.0035f), rng, 0.6f);

        // A big out-of-focus gear in the foreground corner sells the depth of the room.
        var near = Gear.WithModule(s.P(0.04f, 0.98f), s.Len(0.32f), s.Len(0.03f), 0.3f);
        GearPainter.Silhouette(c, near, Palette.Night.Fade(0.95f), spokes: 6, blurPx: s.Len(0.008f));

        Atmosphere.Vignette(c, s, 0.75f);
        Atmosphere.FilmGrain(c, s, rng.NoiseSeed());
    }

    private static void Clutter(SKCanvas c, Stage s, SKRect bench, Random rng)
    {
        using var paper = new SKPaint { Color = Palette.Parchment.Fade(0.85f), IsAntialias = true };
        using var ink = new SKPaint { Color = Palette.Ink.Fade(0.6f), StrokeWidth = s.Len(0.002f), IsAntialias = true };
        for (var i = 0; i < 3; i++)
        {
            var x = bench.Left + (bench.Width * (0.05f + (i * 0.08f)));
            using var sheetBuilder = new SKPathBuilder();
            sheetBuilder.AddPoly([new(x, bench.Top), new(x + s.Len(0.14f), bench.Top), new(x + s.Len(0.17f), bench.Top + s.Len(0.015f)), new(x + s.Len(0.02f), bench.Top + s.Len(0.015f))]);
            using var sheet = sheetBuilder.Detach();
            c.DrawPath(sheet, paper);
        }

        var g = Gear.WithModule(new SKPoint(bench.Right - s.Len(0.2f), bench.Top - s.Len(0.05f)), s.Len(0.05f), s.Len(0.01f), 0.4f);
        GearPainter.Draw(c, g, GearFinish.Copper, rng.NoiseSeed(), spokes: 4);
        GearPainter.Draw(c, g.MeshWith(s.Len(0.03f), -20f), GearFinish.Brass, rng.NoiseSeed(), spokes: 0);

        // Hammer and wrench laid across the bench.
        using var tool = new SKPaint { Color = new SKColor(0x20, 0x14, 0x0c), IsAntialias = true, StrokeCap = SKStrokeCap.Round, StrokeWidth = s.Len(0.012f) };
        c.DrawLine(bench.Left + s.Len(0.55f), bench.Top - s.Len(0.006f), bench.Left + s.Len(0.75f), bench.Top - s.Len(0.01f), tool);
        c.DrawRect(bench.Left + s.Len(0.73f), bench.Top - s.Len(0.035f), s.Len(0.03f), s.Len(0.03f), tool);
        c.DrawLine(bench.Right - s.Len(0.1f), bench.Top - s.Len(0.006f), bench.Right - s.Len(0.02f), bench.Top - s.Len(0.006f), tool);
        ink.Color = Palette.Ink.Fade(0.3f);
        c.DrawLine(bench.Left, bench.Top + s.Len(0.002f), bench.Right, bench.Top + s.Len(0.002f), ink);
    }
}
