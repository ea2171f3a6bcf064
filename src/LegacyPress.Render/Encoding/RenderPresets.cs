using LegacyPress.Core.Model;

namespace LegacyPress.Render.Encoding;

/// <summary>The table of render presets: the one place their encoder settings live.</summary>
public static class RenderPresets
{
    public const string FinalName = "final";

    /// <summary>Visually transparent masters; <c>medium</c> because <c>slow</c> costs ~40% more time for ~5% smaller files.</summary>
    private static readonly X264Settings Master = new(X264Preset.Medium, 18);

    public static IReadOnlyList<RenderPreset> All { get; } =
    [
        new(Size(FinalName), Master, ReframeVertical: false),
        new(Size("4k"), Master, ReframeVertical: false),
        new(Size("vertical"), Master, ReframeVertical: true),
        // Narrower than the 16:9 the moves are written for: vertical and square keep each shot's subject in frame around its focus point.
        new(Size("square"), Master, ReframeVertical: true),
        // For iterating on a cut: a quarter of the pixels, the fastest x264 preset, and quality to match.
        new(Size("preview"), new X264Settings(X264Preset.Ultrafast, 28), ReframeVertical: false),
    ];

    public static RenderPreset Final => Find(FinalName)!;

    public static IEnumerable<string> Names => All.Select(p => p.Name);

    public static RenderPreset? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    private static OutputPreset Size(string name) =>
        OutputPresets.Find(name) ?? throw new InvalidOperationException($"Core has no output preset '{name}'");
}
