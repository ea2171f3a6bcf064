namespace LegacyPress.Render.Encoding;

/// <summary>x264's speed/quality presets, fastest first; the name ffmpeg expects is <see cref="X264PresetNames.Name"/>.</summary>
public enum X264Preset
{
    Ultrafast,
    Superfast,
    Veryfast,
    Faster,
    Fast,
    Medium,
    Slow,
    Slower,
    Veryslow,
}

/// <summary>The spelling of each <see cref="X264Preset"/> on the x264/ffmpeg command line.</summary>
public static class X264PresetNames
{
    public static string Name(this X264Preset preset) => preset.ToString().ToLowerInvariant();
}
