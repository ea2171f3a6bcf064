namespace LegacyPress.Core.Model;

/// <summary>Frame size and rate of a rendered film: pixels, and the exact frame rate; <see cref="PresetName"/> is a preset's name or <see cref="OutputPresets.CustomName"/>.</summary>
public sealed record OutputFormat(string PresetName, int WidthPixels, int HeightPixels, FrameRate FrameRate)
{
    public double AspectRatio => (double)WidthPixels / HeightPixels;

    /// <summary>The same format with another preset's frame size, keeping the project's frame rate.</summary>
    public OutputFormat WithPreset(OutputPreset preset) =>
        this with { PresetName = preset.Name, WidthPixels = preset.WidthPixels, HeightPixels = preset.HeightPixels };
}

/// <summary>A named frame size a film can be rendered at.</summary>
public sealed record OutputPreset(string Name, int WidthPixels, int HeightPixels, string Purpose);

/// <summary>The table of named output presets; the one place their sizes live.</summary>
public static class OutputPresets
{
    /// <summary>The format's name when film.yaml's width/height differ from every preset's.</summary>
    public const string CustomName = "custom";

    public static IReadOnlyList<OutputPreset> All { get; } =
    [
        new("final", 1920, 1080, "release master, 1080p"),
        new("4k", 3840, 2160, "UHD master"),
        new("vertical", 1080, 1920, "Shorts/Reels/TikTok, reframed around each shot's focus point"),
        new("square", 1080, 1080, "square social feeds"),
        new("preview", 640, 360, "fast iteration"),
    ];

    public static OutputPreset? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
