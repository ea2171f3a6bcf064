using LegacyPress.SampleArt.Props;
using SkiaSharp;

namespace LegacyPress.SampleArt.Scenes;

/// <summary>The third world: a clockwork city at night, towers of lit dials joined by bridges and steam.</summary>
public sealed class ClockworkCityScene : IScene
{
    public string FileName => "clockwork-city.jpg";

    public SKSizeI Size => new(3200, 1800);

    public SKPoint Focus => new(0.5f, 0.4f);

    public void Paint(SKCanvas c, SKSizeI size, Random rng)
    {
        var s = new Stage(size);
        Atmosphere.Sky(c, s.Bounds, [Palette.Night, new SKColor(0x10, 0x1c, 0x3a), new SKColor(0x2a, 0x3a, 0x5a), new SKColor(0x5a, 0x40, 0x40)], [0f, 0.4f, 0.75f, 1f]);
        Atmosphere.Stars(c, s.Rect(0f, 0f, 1f, 0.5f), 400, rng, Palette.Ice);
        Atmosphere.Glow(c, s.P(0.2f, 0.16f), s.Len(0.5f), Palette.Ice, 0.2f);
        using (var moon = new SKPaint { Color = Palette.Mix(Palette.Ice, Palette.Parchment, 0.4f), IsAntialias = true })
        {
            c.DrawCircle(s.P(0.2f, 0.16f), s.Len(0.05f), moon);
        }

        // A sky-filling clock face behind the city, faint, as if the city were built inside a machine.
        var giant = Gear.WithModule(s.P(0.5f, 0.42f), s.Len(0.75f), s.Len(0.03f), 0.05f);
        GearPainter.Silhouette(c, giant, new SKColor(0x30, 0x3c, 0x58).Fade(0.4f), 8, s.Len(0.004f));

        // Far, middle and near skylines; city glow rises from the streets below each.
        (float Depth, float Ground, int Towers, float Tall)[] rows = [(0.2f, 0.75f, 16, 0.35f), (0.55f, 0.85f, 9, 0.5f), (0.9f, 1.0f, 5, 0.6f)];
        foreach (var (depth, ground, towers, tall) in rows)
        {
            var body = Palette.Mix(new SKColor(0x40, 0x4a, 0x66), new SKColor(0x06, 0x07, 0x0e), depth);
            for (var i = 0; i < towers; i++)
            {
                var x = s.X((i + rng.Range(0.1f, 0.9f)) / towers);
                if (depth > 0.5f && MathF.Abs(x - s.X(0.5f)) < s.X(0.1f))
                {
                    continue;
                }

                var w = s.Len(rng.Range(0.05f, 0.1f) * (0.6f + depth));
                var h = s.Len(tall * rng.Range(0.5f, 1.1f));
                Silhouettes.ClockTower(c, x, s.Y(ground), w, h, body, Palette.Amber, Palette.Mix(Palette.Lamplight, body, 0.4f + ((1 - depth) * 0.3f)), rng, 0.2f + (depth * 0.2f));
            }

            if (depth > 0.3f && depth < 0.9f)
            {
                Bridges(c, s, ground - 0.25f, body, rng);
            }

            Atmosphere.Glow(c, s.P(0.5f, ground), s.Len(1.2f), Palette.Amber, 0.12f, 0.3f);
            Atmosphere.Fog(c, s.Rect(0f, ground - 0.15f, 1f, ground + 0.05f), new SKColor(0x80, 0x90, 0xb0).Fade(0.7f), 0.35f, s.Len(0.2f), rng.NoiseSeed(), stretchX: 4f);
        }

        // The grand clock tower at the focus point, the tallest and nearest.
        var towerBody = new SKColor(0x0a, 0x0a, 0x12);
        Atmosphere.Glow(c, s.P(0.5f, 0.4f), s.Len(0.55f), Palette.Amber, 0.35f);
        Silhouettes.ClockTower(c, s.X(0.5f), s.Y(1.02f), s.Len(0.22f), s.Y(0.86f), towerBody, Palette.Amber, Palette.Lamplight, rng, 0.35f);
        var tower = Gear.WithModule(s.P(0.5f, 0.4f), s.Len(0.095f), s.Len(0.01f), 0.2f);
        GearPainter.Draw(c, tower.MeshWith(s.Len(0.05f), 180f), GearFinish.Brass.Dimmed(0.3f), rng.NoiseSeed(), 4);
        GearPainter.Draw(c, tower.MeshWith(s.Len(0.04f), 0f), GearFinish.Copper.Dimmed(0.3f), rng.NoiseSeed(), 0);

        Steam(c, s, rng);
        Silhouettes.Airship(c, s.P(0.78f, 0.2f), s.Len(0.16f), false, new SKColor(0x14, 0x16, 0x24), Palette.Ice, 0.2f);
        Atmosphere.Motes(c, s.Rect(0f, 0.5f, 1f, 1f), 150, Palette.Amber, s.Len(0.003f), rng, 0.6f);
        Atmosphere.Vignette(c, s, 0.7f);
        Atmosphere.FilmGrain(c, s, rng.NoiseSeed());
    }

    private static void Bridges(SKCanvas c, Stage s, float y, SKColor body, Random rng)
    {
        using var deck = new SKPaint { Color = body, Style = SKPaintStyle.Stroke, StrokeWidth = s.Len(0.012f), IsAntialias = true };
        using var arch = new SKPaint { Color = body, Style = SKPaintStyle.Stroke, StrokeWidth = s.Len(0.005f), IsAntialias = true };
        using var lamp = new SKPaint { Color = Palette.Amber, IsAntialias = true };
        for (var i = 0; i < 2; i++)
        {
            var left = s.X(rng.Range(0f, 0.4f) + (i * 0.5f));
            var right = left + s.X(rng.Range(0.15f, 0.3f));
            var deckY = s.Y(y + rng.Range(-0.05f, 0.05f));
            c.DrawLine(left, deckY, right, deckY, deck);
            var spans = 3;
            var w = (right - left) / spans;
            for (var sp = 0; sp < spans; sp++)
            {
                c.DrawArc(new SKRect(left + (sp * w), deckY, left + ((sp + 1) * w), deckY + (w * 0.8f)), 180f, 180f, false, arch);
                c.DrawCircle(left + ((sp + 0.5f) * w), deckY - s.Len(0.01f), s.Len(0.003f), lamp);
            }
        }
    }

    private static void Steam(SKCanvas c, Stage s, Random rng)
    {
        // Plumes rise from vents and bend with a high wind.
        for (var i = 0; i < 6; i++)
        {
            var baseX = s.X(rng.Range(0.05f, 0.95f));
            var baseY = s.Y(rng.Range(0.55f, 0.8f));
            using var plume = new SKPaint
            {
                Shader = Texture.Cloudy(new SKColor(0xc8, 0xc8, 0xd8).Fade(0.8f), s.Len(0.05f), 0.7f, rng.NoiseSeed(), octaves: 4),
                MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, s.Len(0.02f)),
                IsAntialias = true,
            };
            using var column = new SKPathBuilder();
            var w = s.Len(0.03f);
            column.MoveTo(baseX - w, baseY);
            column.CubicTo(baseX - w, baseY - s.Len(0.2f), baseX + s.Len(0.05f), baseY - s.Len(0.3f), baseX + s.Len(0.25f), baseY - s.Len(0.42f));
            column.LineTo(baseX + s.Len(0.32f), baseY - s.Len(0.3f));
            column.CubicTo(baseX + s.Len(0.12f), baseY - s.Len(0.22f), baseX + w, baseY - s.Len(0.15f), baseX + w, baseY);
            column.Close();
            using var columnPath = column.Detach();
            c.DrawPath(columnPath, plume);
        }
    }
}
