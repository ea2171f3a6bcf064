using LegacyPress.Core.Captions;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Composition;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Frames;

namespace LegacyPress.Render.Films;

/// <summary>What to render: a planned film, at a preset, into a folder; optionally only a time range, optionally with a mixed soundtrack.</summary>
public sealed record RenderRequest(Film Film, Timeline Timeline, RenderPreset Preset, string OutputDirectory)
{
    /// <summary>Start of the range in seconds; null for the film's start.</summary>
    public double? FromSeconds { get; init; }

    /// <summary>End of the range in seconds (exclusive); null for the film's end.</summary>
    public double? ToSeconds { get; init; }

    /// <summary>A finished audio mix (WAV) to mux; null renders a silent film.</summary>
    public string? AudioPath { get; init; }

    /// <summary>The file name to write; null for the preset's film name (<see cref="RenderPreset.OutputFileName"/>).</summary>
    public string? OutputFileName { get; init; }

    /// <summary>Caption cues to burn into the picture (<c>captions: burn</c>); null draws none.</summary>
    public IReadOnlyList<CaptionCue>? BurnedCaptions { get; init; }

    public string OutputPath => Path.Combine(OutputDirectory, OutputFileName ?? Preset.OutputFileName);

    /// <summary>The drawer for this request: the factory's, with the captions burned over it when asked.</summary>
    public IFrameDrawer MakeDrawer(FrameDrawerFactory drawers)
    {
        var drawer = drawers(Film, Timeline, Preset);
        return BurnedCaptions is { } cues ? new BurnedCaptionsDrawer(drawer, cues) : drawer;
    }
}

/// <summary>A finished render: where it is, which frames it holds, and how fast it went.</summary>
public sealed record RenderResult(string OutputPath, RenderPreset Preset, FrameRange Frames, FrameRate FilmFrameRate, TimeSpan Elapsed)
{
    public double DurationSeconds => FilmFrameRate.Seconds(Frames.Count);

    public double RenderFramesPerSecond => Frames.Count / Math.Max(Elapsed.TotalSeconds, 1e-9);
}
