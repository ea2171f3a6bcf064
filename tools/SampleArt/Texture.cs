using SkiaSharp;

namespace LegacyPress.SampleArt;

/// <summary>
/// Perlin-noise surface detail. Flat fills would look like vector clip art and give the renderer's
/// motion-smoothness tests nothing to track, so every surface gets grain at some scale.
/// </summary>
public static class Texture
{
    /// <summary>Noise laid over what is already drawn (overlay blend: mid-grey leaves it unchanged).</summary>
    public static void Grain(SKCanvas c, SKRect area, float featurePx, float strength, float seed,
        int octaves = 3, float stretchX = 1f, bool turbulent = false, SKPath? clip = null)
    {
        var fx = 1f / (featurePx * stretchX);
        var fy = 1f / featurePx;
        using var noise = turbulent
            ? SKShader.CreatePerlinNoiseTurbulence(fx, fy, octaves, seed)
            : SKShader.CreatePerlinNoiseFractalNoise(fx, fy, octaves, seed);

        // Turbulence sits around 0.3 and fractal noise around 0.5; both are re-centred on grey
        // so the overlay only adds detail instead of shifting the exposure.
        var (gain, centre) = turbulent ? (2.2f, 0.28f) : (1.8f, 0.5f);
        var offset = 0.5f - (centre * gain);
        float[] grey =
        [
            gain, 0, 0, 0, offset,
            gain, 0, 0, 0, offset,
            gain, 0, 0, 0, offset,
            0, 0, 0, 0, Math.Clamp(strength, 0f, 1f),
        ];
        using var filter = SKColorFilter.CreateColorMatrix(grey);
        using var paint = new SKPaint
        {
            Shader = noise,
            ColorFilter = filter,
            BlendMode = SKBlendMode.Overlay,
            IsAntialias = true,
        };
        c.Save();
        if (clip is not null)
        {
            c.ClipPath(clip, antialias: true);
        }

        c.DrawRect(area, paint);
        c.Restore();
    }

    /// <summary>Noise turned into a tinted alpha mask: the basis for fog, smoke, clouds and nebulae.</summary>
    public static SKShader Cloudy(SKColor tint, float featurePx, float density, float seed,
        int octaves = 4, float stretchX = 1f, bool turbulent = false)
    {
        var noise = turbulent
            ? SKShader.CreatePerlinNoiseTurbulence(1f / (featurePx * stretchX), 1f / featurePx, octaves, seed)
            : SKShader.CreatePerlinNoiseFractalNoise(1f / (featurePx * stretchX), 1f / featurePx, octaves, seed);

        // Raising the threshold breaks the noise into separate wisps instead of an even haze.
        var threshold = turbulent ? 0.08f : 0.38f;
        var gain = density * (turbulent ? 2.4f : 3.2f) * (tint.Alpha / 255f);
        float[] toAlpha =
        [
            0, 0, 0, 0, tint.Red / 255f,
            0, 0, 0, 0, tint.Green / 255f,
            0, 0, 0, 0, tint.Blue / 255f,
            gain, 0, 0, 0, -threshold * gain,
        ];
        using var filter = SKColorFilter.CreateColorMatrix(toAlpha);
        return SKShader.CreateColorFilter(noise, filter);
    }

    /// <summary>Long-grained wood: turbulence stretched along the planks.</summary>
    public static void Wood(SKCanvas c, SKRect area, SKColor baseColor, float grainPx, float seed, SKPath? clip = null)
    {
        using var fill = new SKPaint { Color = baseColor, IsAntialias = true };
        c.Save();
        if (clip is not null)
        {
            c.ClipPath(clip, antialias: true);
        }

        c.DrawRect(area, fill);
        Grain(c, area, grainPx, 0.55f, seed, octaves: 4, stretchX: 14f, turbulent: true);
        Grain(c, area, grainPx * 0.25f, 0.25f, seed + 1, octaves: 2, stretchX: 6f);
        c.Restore();
    }
}
