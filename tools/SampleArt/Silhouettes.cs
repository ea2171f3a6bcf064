using SkiaSharp;

namespace LegacyPress.SampleArt;

/// <summary>How the grandson stands in a shot.</summary>
public enum Pose
{
    Standing,
    ArmRaised,
    Reaching,
}

/// <summary>
/// Figures, vehicles and buildings as dark shapes. Concept art reads by silhouette first, so these
/// are drawn as single flat shapes with an optional rim of light on one side.
/// </summary>
public static class Silhouettes
{
    /// <summary>The grandson, one unit tall with his feet at the origin, in a long coat, cap and scarf.</summary>
    public static SKPath Boy(Pose pose, float wind)
    {
        var parts = new List<SKPath>();
        parts.Add(Circle(0f, -0.915f, 0.058f));
        // Flat cap, its peak tipped to one side.
        parts.Add(Oval(new SKRect(-0.066f, -0.99f, 0.07f, -0.915f)));
        parts.Add(Oval(new SKRect(0.0f, -0.945f, 0.1f, -0.918f)));
        parts.Add(Box(new SKRect(-0.026f, -0.88f, 0.026f, -0.82f)));

        // Coat: square shoulders, flared skirt with a split hem that catches the wind.
        using var coatBuilder = new SKPathBuilder();
        coatBuilder.MoveTo(-0.03f, -0.85f);
        coatBuilder.CubicTo(-0.09f, -0.85f, -0.128f, -0.835f, -0.132f, -0.79f);
        coatBuilder.LineTo(-0.14f, -0.6f);
        coatBuilder.CubicTo(-0.15f, -0.5f, -0.17f - (wind * 0.03f), -0.42f, -0.18f - (wind * 0.06f), -0.35f);
        coatBuilder.LineTo(-0.02f, -0.37f);
        coatBuilder.LineTo(0.0f, -0.43f);
        coatBuilder.LineTo(0.02f, -0.37f);
        coatBuilder.LineTo(0.18f - (wind * 0.05f), -0.36f + (wind * 0.01f));
        coatBuilder.CubicTo(0.17f, -0.42f, 0.15f, -0.5f, 0.14f, -0.6f);
        coatBuilder.LineTo(0.132f, -0.79f);
        coatBuilder.CubicTo(0.128f, -0.835f, 0.09f, -0.85f, 0.03f, -0.85f);
        coatBuilder.Close();
        var coat = coatBuilder.Detach();
        parts.Add(coat);

        // Scarf: tied at the neck, its tail hanging in still air and streaming out in wind.
        var tailX = 0.07f + (wind * 0.3f);
        var tailY = -0.7f - (wind * 0.13f);
        using var scarfBuilder = new SKPathBuilder();
        scarfBuilder.MoveTo(-0.04f, -0.865f);
        scarfBuilder.LineTo(0.05f, -0.865f);
        scarfBuilder.CubicTo(0.09f + (wind * 0.05f), -0.86f, tailX - 0.06f, tailY - 0.03f, tailX, tailY);
        scarfBuilder.LineTo(tailX - 0.025f, tailY + 0.03f);
        scarfBuilder.CubicTo(tailX - 0.07f, tailY + 0.02f, 0.07f, -0.8f, 0.03f, -0.815f);
        scarfBuilder.Close();
        var scarf = scarfBuilder.Detach();
        parts.Add(scarf);

        parts.Add(Limb([new(-0.05f, -0.4f), new(-0.065f, -0.2f), new(-0.07f, -0.02f)], 0.055f));
        parts.Add(Limb([new(0.05f, -0.4f), new(0.06f, -0.2f), new(0.075f, -0.02f)], 0.055f));
        parts.Add(Oval(new SKRect(-0.11f, -0.04f, -0.04f, 0.005f)));
        parts.Add(Oval(new SKRect(0.045f, -0.04f, 0.115f, 0.005f)));

        parts.Add(Limb([new(-0.12f, -0.79f), new(-0.16f, -0.63f), new(-0.155f, -0.48f)], 0.048f));
        parts.Add(pose switch
        {
            Pose.ArmRaised => Limb([new(0.12f, -0.79f), new(0.2f, -0.9f), new(0.2f, -1.08f)], 0.048f),
            Pose.Reaching => Limb([new(0.12f, -0.79f), new(0.22f, -0.72f), new(0.34f, -0.76f)], 0.048f),
            _ => Limb([new(0.12f, -0.79f), new(0.16f, -0.63f), new(0.155f, -0.48f)], 0.048f),
        });
        return Union(parts);
    }

    /// <summary>Where the raised or reaching hand is, in the same units as <see cref="Boy"/>.</summary>
    public static SKPoint Hand(Pose pose) => pose switch
    {
        Pose.ArmRaised => new SKPoint(0.2f, -1.1f),
        Pose.Reaching => new SKPoint(0.36f, -0.76f),
        _ => new SKPoint(0.155f, -0.47f),
    };

    /// <summary>The old inventor as a head-and-shoulders bust, centred on his face, one unit tall.</summary>
    public static SKPath InventorBust()
    {
        var parts = new List<SKPath> { Oval(new SKRect(-0.085f, -0.17f, 0.085f, 0.06f)) };
        // Ears, and mutton-chop whiskers that widen the jaw into a full beard.
        parts.Add(Oval(new SKRect(-0.1f, -0.1f, -0.07f, -0.03f)));
        parts.Add(Oval(new SKRect(0.07f, -0.1f, 0.1f, -0.03f)));
        using (var beard = new SKPathBuilder())
        {
            beard.MoveTo(-0.092f, -0.06f);
            beard.CubicTo(-0.115f, 0.05f, -0.07f, 0.15f, 0f, 0.16f);
            beard.CubicTo(0.07f, 0.15f, 0.115f, 0.05f, 0.092f, -0.06f);
            beard.Close();
            parts.Add(beard.Detach());
        }

        // Top hat: crown slightly wider at the top, curled brim.
        using (var crown = new SKPathBuilder())
        {
            crown.MoveTo(-0.085f, -0.16f);
            crown.LineTo(-0.095f, -0.42f);
            crown.CubicTo(-0.03f, -0.435f, 0.03f, -0.435f, 0.095f, -0.42f);
            crown.LineTo(0.085f, -0.16f);
            crown.Close();
            parts.Add(crown.Detach());
        }

        using (var brim = new SKPathBuilder())
        {
            brim.MoveTo(-0.15f, -0.15f);
            brim.CubicTo(-0.08f, -0.19f, 0.08f, -0.19f, 0.15f, -0.15f);
            brim.CubicTo(0.09f, -0.135f, -0.09f, -0.135f, -0.15f, -0.15f);
            brim.Close();
            parts.Add(brim.Detach());
        }

        parts.Add(Box(new SKRect(-0.04f, 0.05f, 0.04f, 0.17f)));
        // Sloping shoulders of a frock coat with a high collar.
        using (var coat = new SKPathBuilder())
        {
            coat.MoveTo(-0.05f, 0.13f);
            coat.LineTo(-0.075f, 0.09f);
            coat.CubicTo(-0.12f, 0.16f, -0.3f, 0.19f, -0.36f, 0.27f);
            coat.CubicTo(-0.4f, 0.32f, -0.42f, 0.42f, -0.43f, 0.56f);
            coat.LineTo(0.43f, 0.56f);
            coat.CubicTo(0.42f, 0.42f, 0.4f, 0.32f, 0.36f, 0.27f);
            coat.CubicTo(0.3f, 0.19f, 0.12f, 0.16f, 0.075f, 0.09f);
            coat.LineTo(0.05f, 0.13f);
            coat.Close();
            parts.Add(coat.Detach());
        }

        return Union(parts);
    }

    /// <summary>The white shirt front and cravat of the bust, drawn over its silhouette.</summary>
    public static SKPath InventorShirtFront()
    {
        using var shirt = new SKPathBuilder();
        shirt.MoveTo(-0.05f, 0.16f);
        shirt.LineTo(0.05f, 0.16f);
        shirt.LineTo(0.075f, 0.2f);
        shirt.LineTo(0f, 0.4f);
        shirt.LineTo(-0.075f, 0.2f);
        shirt.Close();
        return shirt.Detach();
    }

    /// <summary>Fills a silhouette and lets light wrap round one edge, as a backlit subject does.</summary>
    public static void RimLit(SKCanvas c, SKPath shape, SKColor body, SKColor rim, SKPoint lightOffset, float blurPx)
    {
        using var rimPaint = new SKPaint
        {
            Color = rim,
            IsAntialias = true,
            MaskFilter = blurPx > 0 ? SKMaskFilter.CreateBlur(SKBlurStyle.Normal, blurPx) : null,
        };
        c.Save();
        c.Translate(lightOffset.X, lightOffset.Y);
        c.DrawPath(shape, rimPaint);
        c.Restore();
        using var fill = new SKPaint { Color = body, IsAntialias = true };
        c.DrawPath(shape, fill);
    }

    /// <summary>Places a unit-sized shape: feet (or centre) at <paramref name="anchor"/>, <paramref name="height"/> pixels tall.</summary>
    public static SKPath Place(SKPath unitShape, SKPoint anchor, float height, bool mirror = false)
    {
        var placed = new SKPath(unitShape);
        var m = SKMatrix.CreateScale(mirror ? -height : height, height);
        m = m.PostConcat(SKMatrix.CreateTranslation(anchor.X, anchor.Y));
        placed.Transform(m);
        return placed;
    }

    /// <summary>An airship: ribbed envelope, fins, a gondola on rigging and a pusher propeller.</summary>
    public static void Airship(SKCanvas c, SKPoint centre, float length, bool facingRight, SKColor body, SKColor rim, float rimAmount)
    {
        c.Save();
        c.Translate(centre.X, centre.Y);
        c.Scale(facingRight ? length : -length, length);

        using var hullBuilder = new SKPathBuilder();
        hullBuilder.MoveTo(0.5f, 0f);
        hullBuilder.CubicTo(0.5f, -0.14f, 0.2f, -0.17f, -0.05f, -0.16f);
        hullBuilder.CubicTo(-0.3f, -0.15f, -0.45f, -0.08f, -0.5f, 0f);
        hullBuilder.CubicTo(-0.45f, 0.08f, -0.3f, 0.15f, -0.05f, 0.16f);
        hullBuilder.CubicTo(0.2f, 0.17f, 0.5f, 0.14f, 0.5f, 0f);
        hullBuilder.Close();

        using var partsBuilder = new SKPathBuilder();
        // Tail fins.
        partsBuilder.MoveTo(-0.36f, -0.08f);
        partsBuilder.LineTo(-0.56f, -0.22f);
        partsBuilder.LineTo(-0.5f, -0.02f);
        partsBuilder.Close();
        partsBuilder.MoveTo(-0.36f, 0.08f);
        partsBuilder.LineTo(-0.56f, 0.2f);
        partsBuilder.LineTo(-0.5f, 0.02f);
        partsBuilder.Close();
        // Gondola with a prow.
        partsBuilder.MoveTo(-0.16f, 0.25f);
        partsBuilder.LineTo(0.16f, 0.25f);
        partsBuilder.LineTo(0.22f, 0.27f);
        partsBuilder.LineTo(0.14f, 0.32f);
        partsBuilder.LineTo(-0.14f, 0.32f);
        partsBuilder.Close();
        partsBuilder.AddRect(new SKRect(-0.17f, 0.22f, -0.12f, 0.26f));
        // Propeller on its shaft, blades caught mid-turn.
        partsBuilder.AddRect(new SKRect(-0.24f, 0.27f, -0.16f, 0.285f));
        partsBuilder.AddOval(new SKRect(-0.26f, 0.2f, -0.235f, 0.36f));

        using var fill = new SKPaint { Color = body, IsAntialias = true };
        using var hull = hullBuilder.Detach();
        c.DrawPath(hull, fill);
        using var parts = partsBuilder.Detach();
        c.DrawPath(parts, fill);

        using var rigging = new SKPaint { Color = body, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.006f };
        for (var i = -3; i <= 3; i++)
        {
            c.DrawLine(i * 0.06f, 0.14f, i * 0.045f, 0.25f, rigging);
        }

        if (rimAmount > 0)
        {
            // Light from the low sun skims the top of the envelope and picks out the fabric ribs.
            using var rimPaint = new SKPaint
            {
                Shader = SKShader.CreateLinearGradient(new SKPoint(0, -0.17f), new SKPoint(0, 0.02f),
                    [rim.Fade(rimAmount), rim.Fade(rimAmount * 0.25f), rim.Fade(0)], [0f, 0.35f, 1f], SKShaderTileMode.Clamp),
                IsAntialias = true,
            };
            c.DrawPath(hull, rimPaint);
            using var rib = new SKPaint { Color = body.Fade(0.5f), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.004f };
            for (var i = 1; i < 5; i++)
            {
                var y = -0.16f + (i * 0.064f);
                c.DrawLine(-0.42f, y * 0.55f, 0.47f, y * 0.8f, rib);
            }
        }

        c.Restore();
    }

    /// <summary>A clock tower: shaft, stepped cornice, lantern, spire and a lit dial.</summary>
    public static void ClockTower(SKCanvas c, float baseX, float groundY, float width, float height, SKColor body,
        SKColor windowLight, SKColor dialLight, Random rng, float windowDensity = 0.35f)
    {
        var left = baseX - (width / 2f);
        var top = groundY - height;
        using var fill = new SKPaint { Color = body, IsAntialias = true };
        using var shapeBuilder = new SKPathBuilder();
        shapeBuilder.AddRect(new SKRect(left, top + (height * 0.18f), left + width, groundY));
        shapeBuilder.AddRect(new SKRect(left - (width * 0.08f), top + (height * 0.16f), left + width + (width * 0.08f), top + (height * 0.2f)));
        shapeBuilder.AddRect(new SKRect(left + (width * 0.12f), top + (height * 0.06f), left + (width * 0.88f), top + (height * 0.17f)));
        shapeBuilder.MoveTo(left + (width * 0.1f), top + (height * 0.065f));
        shapeBuilder.LineTo(baseX, top - (height * 0.12f));
        shapeBuilder.LineTo(left + (width * 0.9f), top + (height * 0.065f));
        shapeBuilder.Close();
        using var shape = shapeBuilder.Detach();
        c.DrawPath(shape, fill);

        var dialCentre = new SKPoint(baseX, top + (height * 0.28f));
        var dialR = width * 0.32f;
        Atmosphere.Glow(c, dialCentre, dialR * 3.2f, dialLight, 0.35f);
        using var dial = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(dialCentre, dialR, [dialLight, Palette.Mix(dialLight, body, 0.35f)], SKShaderTileMode.Clamp),
            IsAntialias = true,
        };
        c.DrawCircle(dialCentre, dialR, dial);
        using var hands = new SKPaint { Color = body, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(1.5f, dialR * 0.09f), StrokeCap = SKStrokeCap.Round };
        using var bezel = new SKPaint { Color = body, Style = SKPaintStyle.Stroke, StrokeWidth = dialR * 0.1f, IsAntialias = true };
        c.DrawCircle(dialCentre, dialR, bezel);
        var hour = rng.Range(0f, MathF.Tau);
        var minute = rng.Range(0f, MathF.Tau);
        c.DrawLine(dialCentre, new SKPoint(dialCentre.X + (MathF.Cos(hour) * dialR * 0.5f), dialCentre.Y + (MathF.Sin(hour) * dialR * 0.5f)), hands);
        c.DrawLine(dialCentre, new SKPoint(dialCentre.X + (MathF.Cos(minute) * dialR * 0.8f), dialCentre.Y + (MathF.Sin(minute) * dialR * 0.8f)), hands);
        for (var t = 0; t < 12; t++)
        {
            var a = t * MathF.PI / 6f;
            c.DrawCircle(dialCentre.X + (MathF.Cos(a) * dialR * 0.82f), dialCentre.Y + (MathF.Sin(a) * dialR * 0.82f), dialR * 0.04f, fill);
        }

        LitWindows(c, new SKRect(left + (width * 0.12f), top + (height * 0.45f), left + (width * 0.88f), groundY - (height * 0.04f)),
            windowLight, width * 0.11f, rng, windowDensity);
    }

    /// <summary>A grid of small windows, some lit; what makes a dark skyline read as inhabited.</summary>
    public static void LitWindows(SKCanvas c, SKRect area, SKColor light, float sizePx, Random rng, float density)
    {
        if (sizePx < 1.5f)
        {
            return;
        }

        using var paint = new SKPaint { IsAntialias = true };
        var cols = Math.Max(1, (int)(area.Width / (sizePx * 2.2f)));
        var rows = Math.Max(1, (int)(area.Height / (sizePx * 2.6f)));
        var stepX = area.Width / cols;
        var stepY = area.Height / rows;
        for (var row = 0; row < rows; row++)
        {
            for (var col = 0; col < cols; col++)
            {
                if (!rng.Chance(density))
                {
                    continue;
                }

                var x = area.Left + (col * stepX) + ((stepX - sizePx) / 2f);
                var y = area.Top + (row * stepY) + ((stepY - (sizePx * 1.5f)) / 2f);
                paint.Color = Palette.Mix(light, SKColors.White, rng.Range(0f, 0.3f)).Fade(rng.Range(0.55f, 1f));
                c.DrawRect(x, y, sizePx, sizePx * 1.5f, paint);
            }
        }
    }

    /// <summary>A row of pitched roofs and chimneys across the bottom of a frame.</summary>
    public static void Rooftops(SKCanvas c, float left, float right, float baseY, float avgHeight, SKColor body, Random rng,
        SKColor? windowLight = null, List<SKPoint>? chimneyTops = null)
    {
        using var fill = new SKPaint { Color = body, IsAntialias = true };
        using var pathBuilder = new SKPathBuilder();
        var x = left - (avgHeight * 0.3f);
        while (x < right)
        {
            var w = avgHeight * rng.Range(0.7f, 1.4f);
            var h = avgHeight * rng.Range(0.6f, 1.2f);
            var roof = h * rng.Range(0.25f, 0.5f);
            pathBuilder.MoveTo(x, baseY);
            pathBuilder.LineTo(x, baseY - h);
            pathBuilder.LineTo(x + (w / 2f), baseY - h - roof);
            pathBuilder.LineTo(x + w, baseY - h);
            pathBuilder.LineTo(x + w, baseY);
            pathBuilder.Close();
            if (rng.Chance(0.7f))
            {
                var cx = x + (w * rng.Range(0.15f, 0.75f));
                var ch = roof + (h * rng.Range(0.15f, 0.35f));
                pathBuilder.AddRect(new SKRect(cx, baseY - h - ch, cx + (w * 0.08f), baseY - h + 1));
                pathBuilder.AddRect(new SKRect(cx - (w * 0.012f), baseY - h - ch, cx + (w * 0.092f), baseY - h - ch + (w * 0.025f)));
                chimneyTops?.Add(new SKPoint(cx + (w * 0.04f), baseY - h - ch));
            }

            if (windowLight is { } light)
            {
                LitWindows(c, new SKRect(x + (w * 0.15f), baseY - (h * 0.85f), x + (w * 0.85f), baseY), light, w * 0.08f, rng, 0.25f);
            }

            x += w * rng.Range(0.85f, 1.05f);
        }

        using var path = pathBuilder.Detach();
        c.DrawPath(path, fill);
        if (windowLight is { } lit)
        {
            // Windows were drawn first so the roof mass sits on top; redraw them where the walls are.
            LitWindowsOnTop(c, path, lit, rng);
        }
    }

    private static void LitWindowsOnTop(SKCanvas c, SKPath walls, SKColor light, Random rng)
    {
        var b = walls.Bounds;
        c.Save();
        c.ClipPath(walls, antialias: true);
        var size = b.Height * 0.05f;
        LitWindows(c, new SKRect(b.Left, b.Top + (b.Height * 0.35f), b.Right, b.Bottom), light, size, rng, 0.12f);
        c.Restore();
    }

    /// <summary>A twisted tree, grown by recursive branching so no two are alike.</summary>
    public static void Tree(SKCanvas c, SKPoint root, float height, SKColor color, Random rng, List<SKPoint>? tips = null, float lean = 0f)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round };
        Branch(c, paint, root, (-90f + lean) * MathF.PI / 180f, height * 0.34f, height * 0.055f, 0, rng, tips);
    }

    private static void Branch(SKCanvas c, SKPaint paint, SKPoint from, float angle, float length, float width, int depth, Random rng, List<SKPoint>? tips)
    {
        if (depth > 6 || width < 0.8f)
        {
            tips?.Add(from);
            return;
        }

        var bend = rng.Range(-0.35f, 0.35f);
        var mid = new SKPoint(from.X + (MathF.Cos(angle + bend) * length * 0.5f), from.Y + (MathF.Sin(angle + bend) * length * 0.5f));
        var to = new SKPoint(from.X + (MathF.Cos(angle) * length), from.Y + (MathF.Sin(angle) * length));
        using var pathBuilder = new SKPathBuilder();
        pathBuilder.MoveTo(from);
        pathBuilder.QuadTo(mid, to);
        paint.StrokeWidth = width;
        using var path = pathBuilder.Detach();
        c.DrawPath(path, paint);
        var children = depth < 2 ? 2 : rng.Next(2, 4);
        for (var i = 0; i < children; i++)
        {
            var spread = rng.Range(0.25f, 0.75f) * (i % 2 == 0 ? -1f : 1f);
            Branch(c, paint, to, angle + spread, length * rng.Range(0.62f, 0.8f), width * 0.66f, depth + 1, rng, tips);
        }
    }

    /// <summary>A floating island: a grassy top over a hanging cone of rock with roots.</summary>
    public static SKPath FloatingIsland(SKPoint centre, float width, Random rng)
    {
        using var pathBuilder = new SKPathBuilder();
        var half = width / 2f;
        pathBuilder.MoveTo(centre.X - half, centre.Y);
        var steps = 14;
        for (var i = 1; i <= steps; i++)
        {
            var t = i / (float)steps;
            pathBuilder.LineTo(centre.X - half + (t * width), centre.Y - (MathF.Sin(t * MathF.PI) * width * 0.05f) + (rng.Range(-1f, 1f) * width * 0.008f));
        }

        for (var i = steps; i >= 0; i--)
        {
            var t = i / (float)steps;
            // Clamped: sin(pi) is a hair below zero in floats, and a NaN vertex makes Skia drop the whole path.
            var depth = MathF.Pow(MathF.Max(0f, MathF.Sin(t * MathF.PI)), 0.7f) * width * rng.Range(0.35f, 0.6f);
            pathBuilder.LineTo(centre.X - half + (t * width) + (rng.Range(-1f, 1f) * width * 0.02f), centre.Y + (width * 0.02f) + (depth * (0.4f + (0.6f * MathF.Max(0f, MathF.Sin(t * MathF.PI))))));
        }

        pathBuilder.Close();
        return pathBuilder.Detach();
    }

    /// <summary>
    /// Merges parts into one outline. A plain multi-contour path would cancel where contours of
    /// opposite winding overlap, punching holes in the figure.
    /// </summary>
    private static SKPath Union(List<SKPath> parts)
    {
        var result = new SKPath();
        foreach (var part in parts)
        {
            var merged = result.Op(part, SKPathOp.Union) ?? result;
            if (!ReferenceEquals(merged, result))
            {
                result.Dispose();
            }

            result = merged;
            part.Dispose();
        }

        return result;
    }

    private static SKPath Limb(SKPoint[] joints, float width)
    {
        using var strokeBuilder = new SKPathBuilder();
        strokeBuilder.MoveTo(joints[0]);
        for (var i = 1; i < joints.Length; i++)
        {
            strokeBuilder.LineTo(joints[i]);
        }

        using var paint = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = width, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };
        using var stroke = strokeBuilder.Detach();
        return paint.GetFillPath(stroke);
    }

    private static SKPath Circle(float x, float y, float r)
    {
        using var pBuilder = new SKPathBuilder();
        pBuilder.AddCircle(x, y, r);
        return pBuilder.Detach();
    }

    private static SKPath Oval(SKRect r)
    {
        using var pBuilder = new SKPathBuilder();
        pBuilder.AddOval(r);
        return pBuilder.Detach();
    }

    private static SKPath Box(SKRect r)
    {
        using var pBuilder = new SKPathBuilder();
        pBuilder.AddRect(r);
        return pBuilder.Detach();
    }
}
