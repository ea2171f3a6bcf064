using LegacyPress.SampleArt.Props;
using SkiaSharp;

namespace LegacyPress.SampleArt.Scenes;

/// <summary>The second world: a forest of glowing crystals and twisted trees under two moons.</summary>
public sealed class CrystalForestScene : IScene
{
    public string FileName => "crystal-forest.jpg";

    public SKSizeI Size => new(3000, 1688);

    public SKPoint Focus => new(0.5f, 0.55f);

    public void Paint(SKCanvas c, SKSizeI size, Random rng)
    {
        var s = new Stage(size);
        Atmosphere.Sky(c, s.Bounds, [Palette.Night, Palette.DeepViolet, new SKColor(0x18, 0x3c, 0x5a), Palette.DeepTeal], [0f, 0.4f, 0.7f, 1f]);
        using (var nebula = new SKPaint { Shader = Texture.Cloudy(Palette.Magenta.Fade(0.5f), s.Len(0.3f), 0.5f, rng.NoiseSeed(), octaves: 5, stretchX: 2f), BlendMode = SKBlendMode.Screen })
        {
            c.DrawRect(s.Rect(0f, 0f, 1f, 0.5f), nebula);
        }

        Atmosphere.Stars(c, s.Rect(0f, 0f, 1f, 0.6f), 700, rng, Palette.Ice);
        Moon(c, s.P(0.72f, 0.2f), s.Len(0.11f), Palette.Mix(Palette.Teal, Palette.Ice, 0.6f), rng);
        Moon(c, s.P(0.86f, 0.1f), s.Len(0.045f), Palette.Mix(Palette.Violet, Palette.Ice, 0.5f), rng);

        // Rows of trees from far to near, hazier and bluer with distance.
        (float Depth, float Ground, int Count)[] rows = [(0.2f, 0.6f, 26), (0.5f, 0.7f, 14), (0.85f, 0.86f, 7)];
        foreach (var (depth, ground, count) in rows)
        {
            var body = Palette.Mix(new SKColor(0x2a, 0x4a, 0x6a), new SKColor(0x04, 0x06, 0x10), depth);
            using var hill = new SKPaint { Color = body, IsAntialias = true };
            using (var land = new SKPathBuilder())
            {
                land.MoveTo(0, s.H);
                for (var x = 0f; x <= 1.001f; x += 0.05f)
                {
                    land.LineTo(s.X(x), s.Y(ground) + (MathF.Sin((x * 9f) + depth) * s.Len(0.02f)));
                }

                land.LineTo(s.W, s.H);
                land.Close();
                using var landPath = land.Detach();
                c.DrawPath(landPath, hill);
            }

            for (var i = 0; i < count; i++)
            {
                var x = s.X(rng.Range(0f, 1f));
                if (depth > 0.8f && MathF.Abs(x - s.X(0.5f)) < s.X(0.2f))
                {
                    x += s.X(0.3f) * (x < s.X(0.5f) ? -1f : 1f);
                }

                var tips = new List<SKPoint>();
                Silhouettes.Tree(c, new SKPoint(x, s.Y(ground) + s.Len(0.01f)), s.Len(rng.Range(0.25f, 0.45f) * (0.5f + depth)), body, rng, tips, rng.Range(-12f, 12f));
                // Glowing seed pods hang from some branch tips.
                foreach (var tip in tips.Where(_ => rng.Chance(0.012f)))
                {
                    Atmosphere.Glow(c, tip, s.Len(0.012f + (depth * 0.012f)), rng.Chance(0.5f) ? Palette.Cyan : Palette.Magenta, 0.8f);
                }
            }

            // Crystals sprout between the trees, one bright cluster per row plus scattered shards.
            for (var i = 0; i < 3; i++)
            {
                var color = rng.Chance(0.5f) ? Palette.Cyan : Palette.Violet;
                CrystalPainter.Cluster(c, s.P(rng.Range(0.05f, 0.95f), ground + 0.01f), s.Len(0.06f + (depth * 0.12f)), color, rng, 4, 0.5f + (depth * 0.3f));
            }

            Atmosphere.Fog(c, s.Rect(0f, ground - 0.12f, 1f, ground + 0.1f), Palette.Mix(Palette.Teal, Palette.Violet, 0.4f).Fade(0.7f), 0.4f, s.Len(0.25f), rng.NoiseSeed(), blend: SKBlendMode.Screen);
        }

        // The hero cluster at the focus point.
        CrystalPainter.Cluster(c, s.P(0.5f, 0.75f), s.Len(0.42f), Palette.Cyan, rng, 7, 1f);
        CrystalPainter.Cluster(c, s.P(0.58f, 0.77f), s.Len(0.2f), Palette.Violet, rng, 4, 1f);
        Atmosphere.Glow(c, s.P(0.5f, 0.55f), s.Len(0.7f), Palette.Teal, 0.3f);

        Atmosphere.Motes(c, s.Bounds, 300, Palette.Cyan, s.Len(0.004f), rng, 0.8f, s.P(0.5f, 0.55f), s.Len(0.5f));
        Atmosphere.Motes(c, s.Bounds, 120, Palette.Magenta, s.Len(0.004f), rng, 0.6f);
        Atmosphere.Vignette(c, s, 0.75f);
        Atmosphere.FilmGrain(c, s, rng.NoiseSeed());
    }

    private static void Moon(SKCanvas c, SKPoint centre, float r, SKColor color, Random rng)
    {
        Atmosphere.Glow(c, centre, r * 5f, color, 0.35f);
        using var disc = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(new SKPoint(centre.X - (r * 0.3f), centre.Y - (r * 0.3f)), r * 1.3f,
                [Palette.Mix(color, SKColors.White, 0.6f), color, Palette.Mix(color, Palette.Night, 0.5f)], SKShaderTileMode.Clamp),
            IsAntialias = true,
        };
        c.DrawCircle(centre, r, disc);
        using var clip = new SKPathBuilder();
        clip.AddCircle(centre.X, centre.Y, r);
        using var clipPath = clip.Detach();
        Texture.Grain(c, clipPath.Bounds, r * 0.4f, 0.45f, rng.NoiseSeed(), octaves: 4, clip: clipPath);
    }
}
