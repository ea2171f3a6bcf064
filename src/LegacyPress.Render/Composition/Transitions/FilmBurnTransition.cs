using LegacyPress.Render.Audio.Dsp;
using SkiaSharp;

namespace LegacyPress.Render.Composition.Transitions;

/// <summary>
/// A film burn / light leak: warm blooms of light drift in from the frame's edges, flare to near white at the midpoint
/// (hiding the switch from one picture to the next) and fade away. Procedural and seeded per transition, so a
/// re-render gives the same burn and consecutive frames of it move smoothly rather than flicker.
/// </summary>
public sealed class FilmBurnTransition : ITransition
{
    private const int Blooms = 4;

    private static readonly SKColor[] Palette =
    [
        new(255, 120, 30), new(255, 190, 70), new(240, 60, 20), new(255, 235, 170),
    ];

    public void Compose(SKCanvas canvas, TransitionFrame frame)
    {
        var p = frame.Progress;
        // The pictures swap quickly around the middle, under the brightest part of the burn.
        LayerPainting.Whole(canvas, frame.Outgoing);
        LayerPainting.Faded(canvas, frame.Incoming, LayerPainting.Smooth(0.35f, 0.65f, p));

        var intensity = MathF.Pow(MathF.Max(0, MathF.Sin(MathF.PI * p)), 1.5f);
        if (intensity <= 0.001f)
        {
            return;
        }
        float w = frame.Size.Width, h = frame.Size.Height;
        var scale = MathF.Max(w, h);
        var random = new DeterministicRandom(frame.Seed);
        using var paint = new SKPaint { BlendMode = SKBlendMode.Screen, IsAntialias = true };
        for (var i = 0; i < Blooms; i++)
        {
            // Each bloom enters from a seeded edge point and drifts across; its path is fixed by the seed, its place by p.
            var startX = (float)random.NextDouble() * w;
            var startY = h * (random.NextDouble() < 0.5 ? -0.05f + 0.2f * (float)random.NextDouble() : 0.85f + 0.2f * (float)random.NextDouble());
            var endX = (float)random.NextDouble() * w;
            var endY = h * (0.25f + 0.5f * (float)random.NextDouble());
            var size = scale * (0.35f + 0.45f * (float)random.NextDouble());
            var colour = Palette[i % Palette.Length];
            var centre = new SKPoint(startX + (endX - startX) * p, startY + (endY - startY) * p);
            var radius = size * (0.5f + p);
            using var shader = SKShader.CreateRadialGradient(
                centre, radius,
                [colour.WithAlpha(LayerPainting.ToByte(intensity)), colour.WithAlpha(LayerPainting.ToByte(intensity * 0.55f)), SKColors.Transparent],
                [0f, 0.45f, 1f],
                SKShaderTileMode.Clamp);
            paint.Shader = shader;
            canvas.DrawRect(frame.Bounds, paint);
            paint.Shader = null;
        }
        // The flash at the peak: warm white over everything.
        paint.Color = new SKColor(255, 244, 220).WithAlpha(LayerPainting.ToByte(MathF.Pow(intensity, 4) * 0.7f));
        canvas.DrawRect(frame.Bounds, paint);
    }
}
