using SkiaSharp;

namespace LegacyPress.SampleArt;

/// <summary>Sky, fog, light and dust: the layers that give flat silhouettes depth.</summary>
public static class Atmosphere
{
    public static void Gradient(SKCanvas c, SKRect area, SKPoint from, SKPoint to, SKColor[] colors, float[]? stops = null)
    {
        using var paint = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(from, to, colors, stops, SKShaderTileMode.Clamp),
            IsDither = true,
        };
        c.DrawRect(area, paint);
    }

    public static void Sky(SKCanvas c, SKRect area, SKColor[] colors, float[]? stops = null) =>
        Gradient(c, area, new SKPoint(area.MidX, area.Top), new SKPoint(area.MidX, area.Bottom), colors, stops);

    /// <summary>A soft light source; additive so overlapping lights bloom the way lamps do on film.</summary>
    public static void Glow(SKCanvas c, SKPoint centre, float radius, SKColor color, float intensity = 1f,
        float squashY = 1f, SKBlendMode blend = SKBlendMode.Plus)
    {
        var a = Math.Clamp(intensity, 0f, 1f);
        using var paint = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(
                SKPoint.Empty, radius,
                [color.Fade(a), color.Fade(a * 0.45f), color.Fade(a * 0.12f), color.Fade(0)],
                [0f, 0.18f, 0.5f, 1f],
                SKShaderTileMode.Clamp),
            BlendMode = blend,
            IsDither = true,
            IsAntialias = true,
        };
        c.Save();
        c.Translate(centre.X, centre.Y);
        c.Scale(1f, squashY);
        c.DrawCircle(0, 0, radius, paint);
        c.Restore();
    }

    /// <summary>Shafts of light from one source, each fading with distance.</summary>
    public static void Rays(SKCanvas c, SKPoint origin, float length, float fromDeg, float toDeg, int count,
        SKColor color, Random rng, float opacity = 0.35f, float blurPx = 12f)
    {
        using var blur = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, blurPx);
        for (var i = 0; i < count; i++)
        {
            var angle = rng.Range(fromDeg, toDeg) * MathF.PI / 180f;
            var half = rng.Range(0.3f, 2.2f) * MathF.PI / 180f;
            var reach = length * rng.Range(0.55f, 1.1f);
            var tip = new SKPoint(origin.X + (MathF.Cos(angle) * reach), origin.Y + (MathF.Sin(angle) * reach));
            using var pathBuilder = new SKPathBuilder();
            pathBuilder.MoveTo(origin);
            pathBuilder.LineTo(origin.X + (MathF.Cos(angle - half) * reach), origin.Y + (MathF.Sin(angle - half) * reach));
            pathBuilder.LineTo(origin.X + (MathF.Cos(angle + half) * reach), origin.Y + (MathF.Sin(angle + half) * reach));
            pathBuilder.Close();
            var a = opacity * rng.Range(0.3f, 1f);
            using var paint = new SKPaint
            {
                Shader = SKShader.CreateLinearGradient(origin, tip, [color.Fade(a), color.Fade(a * 0.35f), color.Fade(0)],
                    [0f, 0.4f, 1f], SKShaderTileMode.Clamp),
                MaskFilter = blur,
                BlendMode = SKBlendMode.Plus,
                IsAntialias = true,
            };
            using var path = pathBuilder.Detach();
            c.DrawPath(path, paint);
        }
    }

    /// <summary>A band of drifting fog, dense in its middle and fading at its top and bottom edges.</summary>
    public static void Fog(SKCanvas c, SKRect band, SKColor tint, float density, float featurePx, float seed,
        float stretchX = 3f, SKBlendMode blend = SKBlendMode.SrcOver)
    {
        using var cloud = Texture.Cloudy(tint, featurePx, density, seed, octaves: 5, stretchX: stretchX);
        using var mask = SKShader.CreateLinearGradient(
            new SKPoint(band.MidX, band.Top), new SKPoint(band.MidX, band.Bottom),
            [SKColors.Transparent, SKColors.White, SKColors.White, SKColors.Transparent],
            [0f, 0.35f, 0.65f, 1f], SKShaderTileMode.Clamp);
        using var paint = new SKPaint
        {
            Shader = SKShader.CreateBlend(SKBlendMode.DstIn, cloud, mask),
            BlendMode = blend,
            IsDither = true,
        };
        c.DrawRect(band, paint);
    }

    /// <summary>
    /// Lets the dark close in around a pool of light. Painted after the set and before the lights, so
    /// a room reads as lit by its lamps rather than evenly exposed.
    /// </summary>
    public static void Shadows(SKCanvas c, SKRect area, SKPoint lit, float radius, SKColor dark, float edgeAlpha, float squashY = 1f)
    {
        using var paint = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(SKPoint.Empty, radius,
                [dark.Fade(0), dark.Fade(edgeAlpha * 0.45f), dark.Fade(edgeAlpha)], [0f, 0.45f, 1f], SKShaderTileMode.Clamp),
            IsDither = true,
        };
        c.Save();
        c.Translate(lit.X, lit.Y);
        c.Scale(1f, squashY);
        var local = new SKRect((area.Left - lit.X), (area.Top - lit.Y) / squashY, (area.Right - lit.X), (area.Bottom - lit.Y) / squashY);
        c.DrawRect(local, paint);
        c.Restore();
    }

    /// <summary>An even veil of colour that fades with height: aerial perspective between depth layers.</summary>
    public static void Haze(SKCanvas c, SKRect area, SKColor color, float topAlpha, float bottomAlpha) =>
        Sky(c, area, [color.Fade(topAlpha), color.Fade(bottomAlpha)]);

    /// <summary>Dust motes or sparks: a few sharp points and some out-of-focus discs.</summary>
    public static void Motes(SKCanvas c, SKRect area, int count, SKColor color, float sizePx, Random rng,
        float opacity = 0.8f, SKPoint? cluster = null, float clusterSigma = 0f)
    {
        using var bokeh = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, sizePx * 1.6f);
        using var soft = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, sizePx * 0.35f);
        for (var i = 0; i < count; i++)
        {
            var p = cluster is { } centre
                ? new SKPoint(rng.Gaussian(centre.X, clusterSigma), rng.Gaussian(centre.Y, clusterSigma * 0.8f))
                : new SKPoint(rng.Range(area.Left, area.Right), rng.Range(area.Top, area.Bottom));
            if (!area.Contains(p))
            {
                continue;
            }

            var outOfFocus = rng.Chance(0.18f);
            var r = sizePx * (outOfFocus ? rng.Range(2f, 5f) : rng.Range(0.25f, 1.1f));
            using var paint = new SKPaint
            {
                Color = color.Fade(opacity * (outOfFocus ? rng.Range(0.08f, 0.25f) : rng.Range(0.3f, 1f))),
                MaskFilter = outOfFocus ? bokeh : soft,
                BlendMode = SKBlendMode.Plus,
                IsAntialias = true,
            };
            c.DrawCircle(p, r, paint);
        }
    }

    public static void Stars(SKCanvas c, SKRect area, int count, Random rng, SKColor tint)
    {
        using var paint = new SKPaint { IsAntialias = true, BlendMode = SKBlendMode.Plus };
        for (var i = 0; i < count; i++)
        {
            var p = new SKPoint(rng.Range(area.Left, area.Right), rng.Range(area.Top, area.Bottom));
            // Fewer stars near the horizon, where the air is thicker.
            var fade = 1f - ((p.Y - area.Top) / area.Height);
            var bright = rng.NextSingle();
            bright *= bright;
            paint.Color = Palette.Mix(SKColors.White, tint, rng.NextSingle() * 0.6f).Fade((0.25f + (bright * 0.75f)) * fade);
            var r = 0.6f + (bright * 1.8f);
            c.DrawCircle(p, r, paint);
            if (bright > 0.85f)
            {
                Glow(c, p, r * 10f, tint, 0.35f * fade);
            }
        }
    }

    /// <summary>Darkened corners, shaped to the frame so portrait and wide stills vignette alike.</summary>
    public static void Vignette(SKCanvas c, Stage stage, float strength)
    {
        using var paint = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(SKPoint.Empty, 1.2f,
                [SKColors.Black.Fade(0), SKColors.Black.Fade(0), SKColors.Black.Fade(strength * 0.55f), SKColors.Black.Fade(strength)],
                [0f, 0.45f, 0.7f, 0.95f], SKShaderTileMode.Clamp),
            IsDither = true,
        };
        c.Save();
        c.Translate(stage.W / 2f, stage.H / 2f);
        c.Scale(stage.W * 0.72f, stage.H * 0.72f);
        c.DrawRect(-1.2f, -1.2f, 2.4f, 2.4f, paint);
        c.Restore();
    }

    /// <summary>Fine film grain over the finished still.</summary>
    public static void FilmGrain(SKCanvas c, Stage stage, float seed, float strength = 0.18f) =>
        Texture.Grain(c, stage.Bounds, 2.2f, strength, seed, octaves: 1);
}
