using SkiaSharp;

namespace LegacyPress.SampleArt.Props;

/// <summary>The pieces of the grandfather's workshop, shared by every shot set inside it.</summary>
public static class WorkshopProps
{
    /// <summary>Vertical plank wall with seams; the lamp light is added later by the scene.</summary>
    public static void PlankWall(SKCanvas c, SKRect area, SKColor wood, float plankPx, float seed)
    {
        Texture.Wood(c, area, wood, plankPx * 0.6f, seed);
        using var seam = new SKPaint { Color = SKColors.Black.Fade(0.45f), StrokeWidth = Math.Max(1.5f, plankPx * 0.04f), IsAntialias = true };
        using var catchLight = new SKPaint { Color = SKColors.White.Fade(0.05f), StrokeWidth = Math.Max(1f, plankPx * 0.02f), IsAntialias = true };
        for (var x = area.Left; x < area.Right; x += plankPx)
        {
            c.DrawLine(x, area.Top, x, area.Bottom, seam);
            c.DrawLine(x + seam.StrokeWidth, area.Top, x + seam.StrokeWidth, area.Bottom, catchLight);
        }

        // Thin vertical Perlin bands read as planks that faded unevenly over the years.
        Texture.Grain(c, area, plankPx * 2f, 0.18f, seed + 5, octaves: 2, stretchX: 0.15f);
    }

    /// <summary>Meshing gear trains filling an area, the back ones dimmer so the wall has depth.</summary>
    public static void GearWall(SKCanvas c, SKRect area, GearFinish finish, Random rng, int trains, float scale)
    {
        var seed = rng.NoiseSeed();
        for (var layer = 0; layer < 2; layer++)
        {
            var dim = layer == 0 ? 0.55f : 0.1f;
            for (var t = 0; t < trains; t++)
            {
                var module = scale * rng.Range(0.008f, 0.014f);
                var start = new SKPoint(rng.Range(area.Left, area.Right), rng.Range(area.Top, area.Bottom));
                var gear = Gear.WithModule(start, scale * rng.Range(0.05f, 0.13f) * (layer == 0 ? 1.3f : 1f), module, rng.Range(0f, MathF.Tau));
                var metal = rng.Chance(0.3f) ? GearFinish.Copper : finish;
                GearPainter.Draw(c, gear, metal.Dimmed(dim), seed++, spokes: rng.Next(0, 7));
                var links = rng.Next(2, 5);
                for (var l = 0; l < links; l++)
                {
                    gear = gear.MeshWith(scale * rng.Range(0.025f, 0.09f), rng.Range(-180f, 180f));
                    GearPainter.Draw(c, gear, metal.Dimmed(dim + rng.Range(-0.05f, 0.1f)), seed++, spokes: rng.Next(0, 6));
                }
            }
        }
    }

    /// <summary>A run of brass pipe with flanged joints.</summary>
    public static void Pipe(SKCanvas c, SKPoint[] points, float width, GearFinish metal)
    {
        using var pathBuilder = new SKPathBuilder();
        pathBuilder.MoveTo(points[0]);
        foreach (var p in points.Skip(1))
        {
            pathBuilder.LineTo(p);
        }

        using var paint = new SKPaint { Style = SKPaintStyle.Stroke, StrokeJoin = SKStrokeJoin.Round, StrokeCap = SKStrokeCap.Butt, IsAntialias = true };
        paint.StrokeWidth = width;
        paint.Color = metal.Shadow;
        using var path = pathBuilder.Detach();
        c.DrawPath(path, paint);
        paint.StrokeWidth = width * 0.7f;
        paint.Color = metal.Mid;
        c.DrawPath(path, paint);
        c.Save();
        c.Translate(-width * 0.14f, -width * 0.14f);
        paint.StrokeWidth = width * 0.2f;
        paint.Color = metal.Highlight.Fade(0.8f);
        c.DrawPath(path, paint);
        c.Restore();

        using var flange = new SKPaint { Color = metal.Shadow, IsAntialias = true };
        using var flangeLight = new SKPaint { Color = metal.Mid, IsAntialias = true };
        foreach (var p in points)
        {
            c.DrawCircle(p, width * 0.72f, flange);
            c.DrawCircle(p.X - (width * 0.08f), p.Y - (width * 0.08f), width * 0.55f, flangeLight);
        }
    }

    /// <summary>A shelf board crowded with jars, books and bottles, lit from one side.</summary>
    public static void Shelf(SKCanvas c, float left, float right, float y, float unit, SKColor body, SKColor light, Random rng)
    {
        using var fill = new SKPaint { Color = body, IsAntialias = true };
        using var lit = new SKPaint { Color = light.Fade(0.45f), IsAntialias = true };
        var x = left + (unit * rng.Range(0f, 0.5f));
        while (x < right - unit)
        {
            var kind = rng.Next(0, 4);
            var w = unit * (kind switch { 0 => rng.Range(0.15f, 0.25f), 1 => rng.Range(0.5f, 0.8f), 2 => rng.Range(0.3f, 0.45f), _ => rng.Range(0.5f, 0.7f) });
            var h = unit * (kind switch { 0 => rng.Range(0.7f, 1.1f), 1 => rng.Range(0.6f, 0.9f), 2 => rng.Range(0.7f, 1.2f), _ => rng.Range(0.4f, 0.6f) });
            var rect = new SKRect(x, y - h, x + w, y);
            switch (kind)
            {
                case 0:
                    // A leaning run of books.
                    for (var b = 0; b < rng.Next(2, 6); b++)
                    {
                        var bw = w * rng.Range(0.6f, 1f);
                        var bh = h * rng.Range(0.75f, 1f);
                        var book = new SKRect(x, y - bh, x + bw, y);
                        c.DrawRect(book, fill);
                        c.DrawRect(new SKRect(book.Left, book.Top, book.Left + (bw * 0.15f), book.Bottom), lit);
                        x += bw * 1.05f;
                    }

                    x += unit * 0.1f;
                    continue;
                case 1:
                    c.DrawRoundRect(rect, w * 0.2f, w * 0.2f, fill);
                    c.DrawRect(new SKRect(rect.Left + (w * 0.1f), rect.Top - (h * 0.1f), rect.Right - (w * 0.1f), rect.Top + (h * 0.05f)), fill);
                    c.DrawRoundRect(new SKRect(rect.Left + (w * 0.1f), rect.Top + (h * 0.15f), rect.Left + (w * 0.22f), rect.Bottom - (h * 0.15f)), w * 0.05f, w * 0.05f, lit);
                    break;
                case 2:
                    c.DrawRoundRect(new SKRect(rect.Left, rect.Top + (h * 0.35f), rect.Right, rect.Bottom), w * 0.3f, w * 0.3f, fill);
                    c.DrawRect(new SKRect(rect.MidX - (w * 0.14f), rect.Top, rect.MidX + (w * 0.14f), rect.Top + (h * 0.4f)), fill);
                    c.DrawRect(new SKRect(rect.Left + (w * 0.12f), rect.Top + (h * 0.45f), rect.Left + (w * 0.22f), rect.Bottom - (h * 0.1f)), lit);
                    break;
                default:
                    var g = Gear.WithModule(new SKPoint(rect.MidX, y - (w * 0.5f)), w * 0.45f, w * 0.08f, rng.Range(0f, 1f));
                    GearPainter.Silhouette(c, g, body, spokes: 4);
                    break;
            }

            x += w + (unit * rng.Range(0.03f, 0.25f));
        }

        var board = new SKRect(left, y, right, y + (unit * 0.08f));
        c.DrawRect(board, fill);
        c.DrawRect(new SKRect(left, y, right, y + (unit * 0.015f)), lit);
    }

    /// <summary>A hanging lamp with its pool of light; returns the bulb position for extra glows.</summary>
    public static SKPoint HangingLamp(SKCanvas c, float x, float ceilingY, float dropPx, float sizePx, SKColor light, float intensity, GearFinish metal, Random rng)
    {
        var bulb = new SKPoint(x, ceilingY + dropPx);
        using var chain = new SKPaint { Color = metal.Shadow, StrokeWidth = Math.Max(1.5f, sizePx * 0.04f), IsAntialias = true, Style = SKPaintStyle.Stroke };
        c.DrawLine(x, ceilingY, x, bulb.Y - (sizePx * 0.55f), chain);

        if (intensity > 0)
        {
            // The cone of light under the shade, soft-edged by the blur.
            using var coneBuilder = new SKPathBuilder();
            coneBuilder.MoveTo(x - (sizePx * 0.5f), bulb.Y);
            coneBuilder.LineTo(x - (sizePx * 4.5f), bulb.Y + (sizePx * 9f));
            coneBuilder.LineTo(x + (sizePx * 4.5f), bulb.Y + (sizePx * 9f));
            coneBuilder.LineTo(x + (sizePx * 0.5f), bulb.Y);
            coneBuilder.Close();
            using var conePaint = new SKPaint
            {
                Shader = SKShader.CreateLinearGradient(bulb, new SKPoint(x, bulb.Y + (sizePx * 9f)),
                    [light.Fade(0.28f * intensity), light.Fade(0.08f * intensity), light.Fade(0)], [0f, 0.45f, 1f], SKShaderTileMode.Clamp),
                MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, sizePx * 0.6f),
                BlendMode = SKBlendMode.Plus,
                IsAntialias = true,
            };
            using var cone = coneBuilder.Detach();
            c.DrawPath(cone, conePaint);
            Atmosphere.Glow(c, bulb, sizePx * 7f, light, 0.4f * intensity);
        }

        using var shadeBuilder = new SKPathBuilder();
        shadeBuilder.MoveTo(x - (sizePx * 0.22f), bulb.Y - (sizePx * 0.55f));
        shadeBuilder.LineTo(x + (sizePx * 0.22f), bulb.Y - (sizePx * 0.55f));
        shadeBuilder.LineTo(x + (sizePx * 0.7f), bulb.Y + (sizePx * 0.05f));
        shadeBuilder.LineTo(x - (sizePx * 0.7f), bulb.Y + (sizePx * 0.05f));
        shadeBuilder.Close();
        using var shadePaint = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(x - (sizePx * 0.7f), 0), new SKPoint(x + (sizePx * 0.7f), 0),
                [metal.Shadow, metal.Highlight, metal.Mid, metal.Shadow], [0f, 0.3f, 0.6f, 1f], SKShaderTileMode.Clamp),
            IsAntialias = true,
        };
        using var shade = shadeBuilder.Detach();
        c.DrawPath(shade, shadePaint);
        using var bulbPaint = new SKPaint { Color = Palette.Mix(light, SKColors.White, 0.6f).Fade(intensity), IsAntialias = true };
        c.DrawOval(new SKRect(x - (sizePx * 0.2f), bulb.Y - (sizePx * 0.05f), x + (sizePx * 0.2f), bulb.Y + (sizePx * 0.22f)), bulbPaint);
        if (intensity > 0)
        {
            Atmosphere.Glow(c, new SKPoint(x, bulb.Y + (sizePx * 0.1f)), sizePx * 1.6f, Palette.Mix(light, SKColors.White, 0.4f), intensity);
        }

        return bulb;
    }

    /// <summary>The heavy workbench: a thick top with worn edge, legs and a clutter of tools.</summary>
    public static SKRect Bench(SKCanvas c, float left, float right, float topY, float thickness, SKColor wood, SKColor light, float floorY, Random rng)
    {
        var seed = rng.NoiseSeed();
        var top = new SKRect(left, topY, right, topY + thickness);
        using var legs = new SKPaint { Color = Palette.Mix(wood, SKColors.Black, 0.55f), IsAntialias = true };
        var legW = thickness * 0.9f;
        c.DrawRect(new SKRect(left + legW, top.Bottom, left + (legW * 2), floorY), legs);
        c.DrawRect(new SKRect(right - (legW * 2), top.Bottom, right - legW, floorY), legs);
        c.DrawRect(new SKRect(left + legW, floorY - (thickness * 2.2f), right - legW, floorY - (thickness * 1.7f)), legs);

        using var topPathBuilder = new SKPathBuilder();
        topPathBuilder.AddRect(top);
        using var topPath = topPathBuilder.Detach();
        Texture.Wood(c, top, wood, thickness * 0.8f, seed, topPath);
        using var edge = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, top.Top), new SKPoint(0, top.Bottom),
                [light.Fade(0.6f), SKColors.Black.Fade(0.0f), SKColors.Black.Fade(0.55f)], [0f, 0.2f, 1f], SKShaderTileMode.Clamp),
        };
        c.DrawRect(top, edge);

        // Drawers under the top, with brass pulls.
        using var drawerLine = new SKPaint { Color = SKColors.Black.Fade(0.5f), Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(1.5f, thickness * 0.05f), IsAntialias = true };
        using var pull = new SKPaint { Color = Palette.Brass, IsAntialias = true };
        var drawerTop = top.Bottom;
        var drawerBottom = top.Bottom + (thickness * 1.6f);
        using var apronBuilder = new SKPathBuilder();
        apronBuilder.AddRect(new SKRect(left + legW, drawerTop, right - legW, drawerBottom));
        using var apron = apronBuilder.Detach();
        Texture.Wood(c, apron.Bounds, Palette.Mix(wood, SKColors.Black, 0.35f), thickness * 0.6f, seed + 1, apron);
        var drawers = 3;
        var dw = (right - left - (2 * legW)) / drawers;
        for (var d = 0; d < drawers; d++)
        {
            var r = new SKRect(left + legW + (d * dw) + (thickness * 0.1f), drawerTop + (thickness * 0.15f), left + legW + ((d + 1) * dw) - (thickness * 0.1f), drawerBottom - (thickness * 0.15f));
            c.DrawRect(r, drawerLine);
            c.DrawCircle(r.MidX, r.MidY, thickness * 0.12f, pull);
        }

        return top;
    }

    /// <summary>An arched window with mullions; the scene paints what is seen through it first.</summary>
    public static void WindowFrame(SKCanvas c, SKRect opening, SKColor frame, float barPx)
    {
        using var arch = ArchPath(opening);
        using var bars = new SKPaint { Color = frame, Style = SKPaintStyle.Stroke, StrokeWidth = barPx, IsAntialias = true };
        c.Save();
        c.ClipPath(arch, antialias: true);
        c.DrawLine(opening.MidX, opening.Top, opening.MidX, opening.Bottom, bars);
        for (var i = 1; i < 4; i++)
        {
            var y = opening.Top + (opening.Height * (0.2f + (i * 0.2f)));
            c.DrawLine(opening.Left, y, opening.Right, y, bars);
        }

        c.Restore();
        bars.StrokeWidth = barPx * 1.6f;
        c.DrawPath(arch, bars);
    }

    public static SKPath ArchPath(SKRect opening)
    {
        using var pathBuilder = new SKPathBuilder();
        var r = opening.Width / 2f;
        pathBuilder.MoveTo(opening.Left, opening.Bottom);
        pathBuilder.LineTo(opening.Left, opening.Top + r);
        pathBuilder.ArcTo(new SKRect(opening.Left, opening.Top, opening.Right, opening.Top + (2 * r)), 180f, 180f, false);
        pathBuilder.LineTo(opening.Right, opening.Bottom);
        pathBuilder.Close();
        return pathBuilder.Detach();
    }
}
