using SkiaSharp;

namespace LegacyPress.SampleArt.Scenes;

/// <summary>Act 3's first world: airships drifting between floating islands above a sea of cloud at golden hour.</summary>
public sealed class SkyshipsScene : IScene
{
    public string FileName => "skyships.jpg";

    public SKSizeI Size => new(3600, 1543);

    public SKPoint Focus => new(0.35f, 0.4f);

    public void Paint(SKCanvas c, SKSizeI size, Random rng)
    {
        var s = new Stage(size);
        Atmosphere.Sky(c, s.Bounds, [new SKColor(0x24, 0x2a, 0x5a), Palette.Dusk, Palette.Rose, Palette.Gold, new SKColor(0xff, 0xe0, 0xa0)],
            [0f, 0.35f, 0.6f, 0.8f, 1f]);
        var sun = s.P(0.78f, 0.7f);
        Atmosphere.Glow(c, sun, s.Len(1.4f), Palette.Gold, 0.55f);
        Atmosphere.Glow(c, sun, s.Len(0.12f), SKColors.White, 1f);
        Atmosphere.Rays(c, sun, s.W, 180f, 290f, 30, Palette.Gold, rng, 0.12f, s.Len(0.012f));

        Atmosphere.Fog(c, s.Rect(0f, 0.0f, 1f, 0.4f), Palette.Rose.Fade(0.6f), 0.3f, s.Len(0.35f), rng.NoiseSeed(), stretchX: 5f);

        // Four depths: each layer of islands and ships is darker, larger and less hazed than the last.
        (float Depth, float Y, int Islands)[] layers = [(0.15f, 0.62f, 5), (0.45f, 0.7f, 3), (0.85f, 0.8f, 2)];
        foreach (var (depth, y, islands) in layers)
        {
            var body = Palette.Mix(Palette.Mix(Palette.Rose, Palette.Gold, 0.3f), new SKColor(0x2a, 0x18, 0x28), depth);
            for (var i = 0; i < islands; i++)
            {
                var x = rng.Range(0f, 1f);
                if (depth > 0.8f)
                {
                    x = i == 0 ? 0.08f : 0.93f;
                }

                var width = s.Len(rng.Range(0.15f, 0.3f) + (depth * 0.5f));
                using var island = Silhouettes.FloatingIsland(s.P(x, y + rng.Range(-0.06f, 0.06f)), width, rng);
                Silhouettes.RimLit(c, island, body, Palette.Gold.Fade(0.8f - (depth * 0.3f)), new SKPoint(width * 0.006f, -width * 0.008f), width * 0.004f);
                var top = island.Bounds;
                for (var t = 0; t < 3 + (int)(depth * 4); t++)
                {
                    Silhouettes.Tree(c, new SKPoint(rng.Range(top.Left + (top.Width * 0.2f), top.Right - (top.Width * 0.2f)), top.Top + (top.Height * 0.06f)),
                        width * rng.Range(0.1f, 0.2f), body, rng);
                }
            }

            Atmosphere.Fog(c, s.Rect(0f, y + 0.02f, 1f, y + 0.3f), Palette.Mix(Palette.Rose, Palette.Gold, 0.6f).Fade(0.85f), 0.5f, s.Len(0.3f), rng.NoiseSeed(), stretchX: 6f);
        }

        var shipBody = new SKColor(0x2c, 0x1c, 0x24);
        Silhouettes.Airship(c, s.P(0.12f, 0.22f), s.Len(0.14f), true, Palette.Mix(shipBody, Palette.Rose, 0.55f), Palette.Gold, 0.4f);
        Silhouettes.Airship(c, s.P(0.62f, 0.3f), s.Len(0.2f), false, Palette.Mix(shipBody, Palette.Rose, 0.4f), Palette.Gold, 0.5f);
        Silhouettes.Airship(c, s.P(0.9f, 0.18f), s.Len(0.1f), false, Palette.Mix(shipBody, Palette.Rose, 0.6f), Palette.Gold, 0.3f);

        // The hero airship, nearest and sharpest, at the focus point.
        var hero = s.P(0.35f, 0.4f);
        Atmosphere.Glow(c, hero, s.Len(0.6f), Palette.Gold, 0.2f);
        Silhouettes.Airship(c, hero, s.Len(0.62f), true, shipBody, Palette.Gold, 0.85f);
        using (var smoke = new SKPaint { Shader = Texture.Cloudy(Palette.Rose.Fade(0.7f), s.Len(0.05f), 0.5f, rng.NoiseSeed(), octaves: 4, stretchX: 3f) })
        {
            c.DrawOval(new SKPoint(hero.X - s.Len(0.45f), hero.Y + s.Len(0.12f)), new SKSize(s.Len(0.3f), s.Len(0.05f)), smoke);
        }

        Atmosphere.Fog(c, s.Rect(0f, 0.82f, 1f, 1.1f), new SKColor(0xff, 0xe8, 0xc0).Fade(0.9f), 0.6f, s.Len(0.3f), rng.NoiseSeed(), stretchX: 5f);
        // A flock of birds against the sun.
        using (var bird = new SKPaint { Color = shipBody.Fade(0.8f), Style = SKPaintStyle.Stroke, StrokeWidth = s.Len(0.003f), IsAntialias = true, StrokeCap = SKStrokeCap.Round })
        {
            for (var i = 0; i < 14; i++)
            {
                var p = new SKPoint(rng.Gaussian(s.X(0.68f), s.Len(0.15f)), rng.Gaussian(s.Y(0.5f), s.Len(0.06f)));
                var w = s.Len(rng.Range(0.006f, 0.012f));
                using var wing = new SKPathBuilder();
                wing.MoveTo(p.X - w, p.Y - (w * 0.3f));
                wing.QuadTo(p.X - (w * 0.4f), p.Y - (w * 0.5f), p.X, p.Y);
                wing.QuadTo(p.X + (w * 0.4f), p.Y - (w * 0.5f), p.X + w, p.Y - (w * 0.3f));
                using var wingPath = wing.Detach();
                c.DrawPath(wingPath, bird);
            }
        }

        Atmosphere.Motes(c, s.Bounds, 90, Palette.Gold, s.Len(0.004f), rng, 0.5f);
        Atmosphere.Vignette(c, s, 0.5f);
        Atmosphere.FilmGrain(c, s, rng.NoiseSeed());
    }
}
