using LegacyPress.SampleArt.Props;
using SkiaSharp;

namespace LegacyPress.SampleArt.Scenes;

/// <summary>Between worlds: a storm, and the grandson on a ledge holding up the glowing device.</summary>
public sealed class StormScene : IScene
{
    public string FileName => "storm.jpg";

    public SKSizeI Size => new(2600, 1950);

    public SKPoint Focus => new(0.4f, 0.6f);

    public void Paint(SKCanvas c, SKSizeI size, Random rng)
    {
        var s = new Stage(size);
        Atmosphere.Sky(c, s.Bounds, [new SKColor(0x08, 0x06, 0x14), Palette.DeepViolet, new SKColor(0x1a, 0x28, 0x3a), Palette.Night], [0f, 0.4f, 0.7f, 1f]);

        // Stacked cloud banks, each a turbulent noise layer, lit from inside by the lightning.
        for (var i = 0; i < 5; i++)
        {
            var tint = Palette.Mix(new SKColor(0x50, 0x40, 0x70), new SKColor(0x10, 0x12, 0x20), i / 4f);
            Atmosphere.Fog(c, s.Rect(0f, -0.25f + (i * 0.1f), 1f, 0.45f + (i * 0.1f)), tint, 0.9f, s.Len(0.3f - (i * 0.03f)), rng.NoiseSeed(), 2.5f);
        }

        var strike = s.P(0.72f, 0.0f);
        Atmosphere.Glow(c, s.P(0.72f, 0.25f), s.Len(0.8f), Palette.Violet, 0.5f);
        Lightning(c, s, strike, s.P(0.8f, 0.75f), rng, 1f);
        Lightning(c, s, s.P(0.15f, 0f), s.P(0.05f, 0.45f), rng, 0.5f);
        Lightning(c, s, s.P(0.55f, 0f), s.P(0.62f, 0.3f), rng, 0.35f);

        // Torn fragments of other worlds whirl past in the storm.
        for (var i = 0; i < 5; i++)
        {
            var w = s.Len(rng.Range(0.06f, 0.18f));
            using var shard = Silhouettes.FloatingIsland(s.P(rng.Range(0.05f, 0.95f), rng.Range(0.15f, 0.6f)), w, rng);
            Silhouettes.RimLit(c, shard, new SKColor(0x12, 0x10, 0x20), Palette.Violet.Fade(0.7f), new SKPoint(0, -w * 0.02f), w * 0.01f);
        }

        // Rain slanting with the wind.
        using (var rain = new SKPaint { Color = Palette.Ice.Fade(0.12f), StrokeWidth = s.Len(0.0012f), IsAntialias = true })
        {
            for (var i = 0; i < 900; i++)
            {
                var p = s.P(rng.Range(-0.1f, 1.1f), rng.Range(-0.1f, 1.1f));
                var len = s.Len(rng.Range(0.02f, 0.06f));
                c.DrawLine(p.X, p.Y, p.X - (len * 0.35f), p.Y + len, rain);
            }
        }

        // The ledge: a jagged spur of rock from the bottom left, its top lit cyan by the device.
        var ledgeTop = s.Y(0.79f);
        using (var rock = new SKPathBuilder())
        {
            rock.MoveTo(-10, s.H + 10);
            rock.LineTo(-10, s.Y(0.74f));
            var x = 0f;
            while (x < s.X(0.62f))
            {
                x += s.Len(rng.Range(0.02f, 0.06f));
                rock.LineTo(x, ledgeTop + s.Len(rng.Range(-0.02f, 0.015f)));
            }

            rock.LineTo(s.X(0.66f), s.Y(0.84f));
            rock.LineTo(s.X(0.6f), s.Y(0.92f));
            rock.LineTo(s.X(0.52f), s.H + 10);
            rock.Close();
            using var rockPath = rock.Detach();
            Silhouettes.RimLit(c, rockPath, new SKColor(0x0a, 0x0a, 0x12), Palette.Cyan.Fade(0.6f), new SKPoint(0, -s.Len(0.006f)), s.Len(0.004f));
            Texture.Grain(c, rockPath.Bounds, s.Len(0.04f), 0.5f, rng.NoiseSeed(), octaves: 4, turbulent: true, clip: rockPath);
        }

        var feet = s.P(0.4f, 0.79f);
        var height = s.Len(0.42f);
        using var boy = Silhouettes.Place(Silhouettes.Boy(Pose.ArmRaised, 0.6f), feet, height);
        Silhouettes.RimLit(c, boy, new SKColor(0x04, 0x05, 0x0a), Palette.Violet.Fade(0.8f), new SKPoint(height * 0.008f, -height * 0.004f), height * 0.004f);

        var hand = Silhouettes.Hand(Pose.ArmRaised);
        var device = new SKPoint(feet.X + (hand.X * height), feet.Y + (hand.Y * height) - s.Len(0.02f));
        Atmosphere.Glow(c, device, s.Len(0.5f), Palette.Cyan, 0.55f);
        DevicePainter.Draw(c, device, s.Len(0.04f), new DeviceLook(GearFinish.Brass.Lit(Palette.Cyan, 0.4f), 1f, Palette.Cyan, 30f), rng);
        Atmosphere.Rays(c, device, s.Len(0.6f), 0f, 360f, 24, Palette.Cyan, rng, 0.2f, s.Len(0.006f));
        Atmosphere.Glow(c, s.P(0.4f, 0.6f), s.Len(0.35f), Palette.Teal, 0.25f);

        Atmosphere.Fog(c, s.Rect(0f, 0.75f, 1f, 1.05f), new SKColor(0x50, 0x50, 0x80).Fade(0.8f), 0.45f, s.Len(0.2f), rng.NoiseSeed(), stretchX: 4f);
        Atmosphere.Motes(c, s.Bounds, 180, Palette.Cyan, s.Len(0.003f), rng, 0.8f, device, s.Len(0.2f));
        Atmosphere.Vignette(c, s, 0.85f);
        Atmosphere.FilmGrain(c, s, rng.NoiseSeed());
    }

    private static void Lightning(SKCanvas c, Stage s, SKPoint from, SKPoint to, Random rng, float strength)
    {
        var points = new List<SKPoint> { from };
        const int Segments = 18;
        for (var i = 1; i < Segments; i++)
        {
            var t = i / (float)Segments;
            points.Add(new SKPoint(from.X + ((to.X - from.X) * t) + s.Len(rng.Range(-0.04f, 0.04f)), from.Y + ((to.Y - from.Y) * t)));
        }

        points.Add(to);
        Bolt(c, points, s.Len(0.006f) * strength, strength);
        // Forks branch off the main bolt and fade out quickly.
        for (var f = 0; f < 4; f++)
        {
            var start = points[rng.Next(2, points.Count - 3)];
            var fork = new List<SKPoint> { start };
            var dir = rng.Chance(0.5f) ? 1f : -1f;
            for (var i = 0; i < 6; i++)
            {
                var last = fork[^1];
                fork.Add(new SKPoint(last.X + (dir * s.Len(rng.Range(0.01f, 0.04f))), last.Y + s.Len(rng.Range(0.02f, 0.04f))));
            }

            Bolt(c, fork, s.Len(0.003f) * strength, strength * 0.6f);
        }

        Atmosphere.Glow(c, from, s.Len(0.6f), Palette.Violet, 0.35f * strength);
    }

    private static void Bolt(SKCanvas c, List<SKPoint> points, float width, float strength)
    {
        using var builder = new SKPathBuilder();
        builder.MoveTo(points[0]);
        foreach (var p in points.Skip(1))
        {
            builder.LineTo(p);
        }

        using var path = builder.Detach();
        using var glow = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = width * 6f, Color = Palette.Violet.Fade(0.5f * strength), BlendMode = SKBlendMode.Plus, MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, width * 4f), IsAntialias = true, StrokeJoin = SKStrokeJoin.Round };
        c.DrawPath(path, glow);
        using var core = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = width, Color = Palette.Ice.Fade(strength), BlendMode = SKBlendMode.Plus, IsAntialias = true, StrokeJoin = SKStrokeJoin.Round };
        c.DrawPath(path, core);
    }
}
