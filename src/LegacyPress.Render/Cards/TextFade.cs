using LegacyPress.Core.Model;

namespace LegacyPress.Render.Cards;

/// <summary>
/// How visible text is over its span: it waits a moment, eases in, holds, and eases out so it has gone a moment
/// before the span ends. Spans too short for that shrink the wait and the fades in proportion. Pure.
/// </summary>
public static class TextFade
{
    public static double Opacity(int frame, int frameCount, FrameRate rate, double delaySeconds, double fadeSeconds)
    {
        var duration = rate.Seconds(frameCount);
        var squeeze = Math.Min(1, duration / (2 * (delaySeconds + fadeSeconds)));
        var delay = delaySeconds * squeeze;
        var fade = Math.Max(fadeSeconds * squeeze, 1e-6);
        // Sample the middle of the frame's interval, so the first and last frames are symmetric.
        var t = (rate.Seconds(frame) + rate.Seconds(frame + 1)) / 2;
        var fadeIn = Smoothstep((t - delay) / fade);
        var fadeOut = Smoothstep((duration - t - delay) / fade);
        return Math.Min(fadeIn, fadeOut);
    }

    private static double Smoothstep(double x)
    {
        x = Math.Clamp(x, 0, 1);
        return x * x * (3 - 2 * x);
    }
}
