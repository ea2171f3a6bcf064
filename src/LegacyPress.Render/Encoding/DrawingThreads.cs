using System.Globalization;

namespace LegacyPress.Render.Encoding;

/// <summary>
/// How many threads draw frames while x264 encodes them. Every CPU cycle spent drawing is taken from the encoder, so
/// the slower the x264 preset, the fewer drawing threads pay: measured on 2 cores at <c>final</c> (x264 medium,
/// 1080p, the sample film's 60–80 s), one drawing thread cost 14.4 ms of CPU per frame over the encode-only floor and
/// two 16.3 ms (contention, no frames gained: x264 is the bottleneck), wall 1.14× against 1.16× the floor. Fast
/// presets (previews) are bound by drawing instead and get every core.
/// <c>LEGACYPRESS_DRAW_THREADS</c> overrides the choice (1–64).
/// </summary>
public static class DrawingThreads
{
    public const string Variable = "LEGACYPRESS_DRAW_THREADS";
    public const int Max = 64;

    /// <summary>The threads to draw with for <paramref name="preset"/> on <paramref name="cores"/> cores.</summary>
    public static int For(X264Preset preset, int cores, Func<string, string?>? environment = null)
    {
        if (Override(environment ?? Environment.GetEnvironmentVariable) is { } chosen)
        {
            return chosen;
        }
        var share = preset switch
        {
            <= X264Preset.Veryfast => 1.0,
            <= X264Preset.Fast => 0.5,
            _ => 0.25,
        };
        return Math.Clamp((int)Math.Ceiling(cores * share - 0.01), 1, Max);
    }

    /// <summary>The variable's value when it is a whole number in range; anything else is ignored (the default applies).</summary>
    public static int? Override(Func<string, string?> environment) =>
        int.TryParse(environment(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= Max ? n : null;
}
