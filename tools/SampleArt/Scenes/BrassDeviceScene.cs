using LegacyPress.SampleArt.Props;
using SkiaSharp;

namespace LegacyPress.SampleArt.Scenes;

/// <summary>Hero shot of the device on the bench, the workshop melted into bokeh behind it.</summary>
public sealed class BrassDeviceScene : IScene
{
    public string FileName => "brass-device.jpg";

    public SKSizeI Size => new(3200, 1800);

    public SKPoint Focus => new(0.55f, 0.5f);

    public void Paint(SKCanvas c, SKSizeI size, Random rng)
    {
        var s = new Stage(size);
        Atmosphere.Sky(c, s.Bounds, [Palette.UmberDeep, Palette.Umber, Palette.UmberDeep]);
        Texture.Grain(c, s.Bounds, s.Len(0.2f), 0.35f, rng.NoiseSeed(), octaves: 4);

        // The room behind, thrown out of focus: gear shapes and lamps dissolve into soft discs.
        for (var i = 0; i < 14; i++)
        {
            var g = Gear.WithModule(s.P(rng.Range(0f, 1f), rng.Range(0f, 0.6f)), s.Len(rng.Range(0.08f, 0.22f)), s.Len(0.02f), rng.Range(0f, 3f));
            GearPainter.Silhouette(c, g, Palette.Mix(Palette.BrassDark, Palette.UmberDeep, rng.Range(0.2f, 0.7f)).Fade(0.7f), 5, s.Len(0.012f));
        }

        using (var bokeh = new SKPaint { IsAntialias = true, BlendMode = SKBlendMode.Plus, MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, s.Len(0.006f)) })
        {
            for (var i = 0; i < 45; i++)
            {
                var p = s.P(rng.Range(0f, 1f), rng.Range(0.02f, 0.6f));
                bokeh.Color = Palette.Mix(Palette.Amber, Palette.Lamplight, rng.NextSingle()).Fade(rng.Range(0.06f, 0.22f));
                c.DrawCircle(p, s.Len(rng.Range(0.02f, 0.06f)), bokeh);
            }
        }

        Atmosphere.Glow(c, s.P(0.2f, 0.2f), s.Len(0.6f), Palette.Amber, 0.3f);

        // Bench top receding toward the back, lit along its near edge.
        var benchTop = s.Y(0.74f);
        using (var top = new SKPathBuilder())
        {
            top.AddRect(new SKRect(0, benchTop, s.W, s.H));
            using var topPath = top.Detach();
            Texture.Wood(c, new SKRect(0, benchTop, s.W, s.H), Palette.Walnut, s.Len(0.06f), rng.NoiseSeed(), topPath);
        }

        Atmosphere.Sky(c, new SKRect(0, benchTop, s.W, s.H), [SKColors.Black.Fade(0.65f), SKColors.Black.Fade(0.1f), SKColors.Black.Fade(0.5f)]);
        Atmosphere.Glow(c, s.P(0.55f, 0.78f), s.Len(0.6f), Palette.Cyan, 0.12f, 0.25f);

        var core = s.P(0.55f, 0.5f);
        var radius = s.Len(0.3f);
        using (var contact = new SKPaint { Color = SKColors.Black.Fade(0.75f), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, s.Len(0.02f)), IsAntialias = true })
        {
            c.DrawOval(new SKPoint(core.X + s.Len(0.03f), benchTop + s.Len(0.01f)), new SKSize(radius * 1.15f, s.Len(0.04f)), contact);
        }

        DevicePainter.Draw(c, new SKPoint(core.X, benchTop - (radius * 1.22f) + s.Len(0.05f)), radius,
            new DeviceLook(GearFinish.Brass.Lit(Palette.Lamplight, 0.15f), 0.3f, Palette.Cyan, 6f), rng);

        // Tools and loose parts on the bench, soft in the foreground.
        var loose = Gear.WithModule(s.P(0.15f, 0.86f), s.Len(0.09f), s.Len(0.014f), 0.7f);
        GearPainter.Draw(c, loose, GearFinish.Copper, rng.NoiseSeed(), spokes: 5);
        GearPainter.Draw(c, loose.MeshWith(s.Len(0.05f), 10f), GearFinish.Brass, rng.NoiseSeed(), spokes: 0);
        var screws = GearFinish.Steel;
        WorkshopProps.Pipe(c, [s.P(0.78f, 0.9f), s.P(0.95f, 0.84f)], s.Len(0.016f), screws);

        Atmosphere.Motes(c, s.Rect(0.2f, 0.1f, 0.95f, 0.8f), 160, Palette.Lamplight, s.Len(0.004f), rng, 0.6f);
        Atmosphere.Shadows(c, s.Bounds, s.P(0.52f, 0.5f), s.Len(1.3f), Palette.UmberDeep, 0.7f, 0.7f);
        Atmosphere.Vignette(c, s, 0.75f);
        Atmosphere.FilmGrain(c, s, rng.NoiseSeed());
    }
}
