using SkiaSharp;

namespace LegacyPress.SampleArt.Scenes;

/// <summary>Inside the device: gear trains in depth, sparks flying where the biggest wheels bite.</summary>
public sealed class GearsScene : IScene
{
    public string FileName => "gears.jpg";

    public SKSizeI Size => new(2800, 1575);

    public SKPoint Focus => new(0.5f, 0.5f);

    public void Paint(SKCanvas c, SKSizeI size, Random rng)
    {
        var s = new Stage(size);
        Atmosphere.Sky(c, s.Bounds, [Palette.Night, Palette.UmberDeep, Palette.Night]);
        Atmosphere.Glow(c, s.P(0.5f, 0.5f), s.Len(1.1f), Palette.Amber, 0.3f);
        // The glass core is just out of shot; its cold light leaks in from the top right.
        Atmosphere.Glow(c, s.P(0.95f, 0.05f), s.Len(0.9f), Palette.Cyan, 0.28f);

        // Three depths of machinery, each nearer layer larger, brighter and sharper.
        (float Dim, float Size, float Module, int Trains)[] layers = [(0.75f, 0.13f, 0.012f, 12), (0.45f, 0.2f, 0.018f, 7), (0.12f, 0.3f, 0.026f, 3)];
        var seed = rng.NoiseSeed();
        foreach (var (dim, sizeFactor, moduleFactor, trains) in layers)
        {
            for (var t = 0; t < trains; t++)
            {
                var gear = Gear.WithModule(s.P(rng.Range(-0.05f, 1.05f), rng.Range(-0.05f, 1.05f)), s.Len(sizeFactor * rng.Range(0.6f, 1.2f)),
                    s.Len(moduleFactor), rng.Range(0f, MathF.Tau));
                var finish = rng.Chance(0.35f) ? GearFinish.Copper : rng.Chance(0.2f) ? GearFinish.Steel : GearFinish.Brass;
                GearPainter.Draw(c, gear, finish.Dimmed(dim), seed++, rng.Next(0, 7));
                for (var l = 0; l < 3; l++)
                {
                    gear = gear.MeshWith(s.Len(sizeFactor * rng.Range(0.3f, 0.8f)), rng.Range(-180f, 180f));
                    GearPainter.Draw(c, gear, finish.Dimmed(dim), seed++, rng.Next(0, 6));
                }
            }

            Atmosphere.Haze(c, s.Bounds, Palette.UmberDeep, 0.35f * (1f - dim), 0.3f * (1f - dim));
        }

        // The hero pair: a large brass wheel driving a copper pinion right at the centre of frame.
        var hero = Gear.WithModule(s.P(0.4f, 0.52f), s.Len(0.32f), s.Len(0.022f), 0.1f);
        var pinion = hero.MeshWith(s.Len(0.16f), -8f);
        GearPainter.Draw(c, hero, GearFinish.Brass.Lit(Palette.Lamplight, 0.2f), seed++, 6);
        GearPainter.Draw(c, pinion, GearFinish.Copper.Lit(Palette.Lamplight, 0.2f), seed++, 4);

        var bite = new SKPoint(hero.Centre.X + ((pinion.Centre.X - hero.Centre.X) * hero.PitchRadius / (hero.PitchRadius + pinion.PitchRadius)),
            hero.Centre.Y + ((pinion.Centre.Y - hero.Centre.Y) * hero.PitchRadius / (hero.PitchRadius + pinion.PitchRadius)));
        Sparks(c, s, bite, rng);

        // Axles running through the frame, catching a line of light.
        using (var axle = new SKPaint { Color = GearFinish.Steel.Highlight.Fade(0.2f), StrokeWidth = s.Len(0.004f), IsAntialias = true })
        {
            c.DrawLine(s.P(0f, 0.18f), s.P(1f, 0.1f), axle);
            c.DrawLine(s.P(0f, 0.93f), s.P(1f, 0.86f), axle);
        }

        Atmosphere.Fog(c, s.Rect(0f, 0.55f, 1f, 1.05f), Palette.Amber.Fade(0.4f), 0.3f, s.Len(0.2f), rng.NoiseSeed(), blend: SKBlendMode.Screen);
        Atmosphere.Motes(c, s.Bounds, 140, Palette.Lamplight, s.Len(0.003f), rng, 0.5f);
        Atmosphere.Vignette(c, s, 0.8f);
        Atmosphere.FilmGrain(c, s, rng.NoiseSeed());
    }

    private static void Sparks(SKCanvas c, Stage s, SKPoint origin, Random rng)
    {
        Atmosphere.Glow(c, origin, s.Len(0.25f), Palette.Amber, 0.8f);
        Atmosphere.Glow(c, origin, s.Len(0.05f), Palette.Lamplight, 1f);
        using var streak = new SKPaint { StrokeCap = SKStrokeCap.Round, BlendMode = SKBlendMode.Plus, IsAntialias = true };
        for (var i = 0; i < 120; i++)
        {
            // Sparks fly out along the tangent of the mesh and fall under gravity.
            var angle = rng.Gaussian(-0.35f, 0.6f);
            var speed = s.Len(rng.Range(0.05f, 0.45f));
            var t = rng.Range(0.2f, 1f);
            var end = new SKPoint(origin.X + (MathF.Cos(angle) * speed * t), origin.Y + (MathF.Sin(angle) * speed * t) + (s.Len(0.25f) * t * t));
            var tail = new SKPoint(end.X - (MathF.Cos(angle) * s.Len(0.02f)), end.Y - (MathF.Sin(angle) * s.Len(0.02f)) - (s.Len(0.03f) * t));
            streak.StrokeWidth = s.Len(rng.Range(0.001f, 0.004f));
            streak.Color = Palette.Mix(Palette.Lamplight, Palette.Amber, t).Fade(1f - (t * 0.6f));
            c.DrawLine(tail, end, streak);
        }

        Atmosphere.Motes(c, s.Bounds, 140, Palette.Amber, s.Len(0.003f), rng, 0.9f, origin, s.Len(0.12f));
    }
}
