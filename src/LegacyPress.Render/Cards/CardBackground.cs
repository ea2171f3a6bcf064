using SkiaSharp;

namespace LegacyPress.Render.Cards;

/// <summary>The ground cards sit on: a warm near-black that darkens toward the edges, dithered so it does not band.</summary>
internal static class CardBackground
{
    public static void Draw(SKCanvas canvas, SKSizeI frame)
    {
        var centre = new SKPoint(frame.Width * 0.5f, frame.Height * 0.45f);
        var radius = 0.75f * Math.Max(frame.Width, frame.Height);
        using var shader = SKShader.CreateRadialGradient(centre, radius, [CardTypography.BackgroundCentre, CardTypography.BackgroundEdge], SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader, IsDither = true };
        canvas.DrawRect(0, 0, frame.Width, frame.Height, paint);
    }
}
