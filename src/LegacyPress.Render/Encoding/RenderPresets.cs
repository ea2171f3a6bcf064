using LegacyPress.Core.Model;

namespace LegacyPress.Render.Encoding;

/// <summary>The table of render presets: the one place their encoder settings live, and how a film picks one.</summary>
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

    /// <summary>
    /// The film as it will be rendered: at <paramref name="asked"/> (the command line's <c>--preset</c>) when one was
    /// asked for, else exactly as film.yaml's <c>output</c> says. The one place the two meet; the frame rate is always film.yaml's.
    /// </summary>
    public static Film Choose(Film film, RenderPreset? asked) => asked is null ? film : film with { Output = asked.FormatFor(film) };

    /// <summary>
    /// The preset that renders <paramref name="output"/>: the named preset it is, or — for film.yaml's own width and
    /// height — one at exactly that size with the master's x264 settings.
    /// </summary>
    public static RenderPreset For(OutputFormat output) =>
        Find(output.PresetName) is { } named && named.WidthPixels == output.WidthPixels && named.HeightPixels == output.HeightPixels
            ? named
            : Custom(output.WidthPixels, output.HeightPixels);

    /// <summary>A custom size is a master at that size; one narrower than 16:9 is reframed like vertical and square.</summary>
    private static RenderPreset Custom(int widthPixels, int heightPixels) =>
        new(new OutputPreset(OutputPresets.CustomName, widthPixels, heightPixels, "film.yaml's own width and height"), Master,
            ReframeVertical: (long)widthPixels * 9 < (long)heightPixels * 16);

    private static OutputPreset Size(string name) =>
        OutputPresets.Find(name) ?? throw new InvalidOperationException($"Core has no output preset '{name}'");
}
