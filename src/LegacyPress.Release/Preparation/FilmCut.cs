using LegacyPress.Core.Audio;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;

namespace LegacyPress.Release.Preparation;

/// <summary>
/// One cut ready to render — the film itself or its trailer: narration spoken and measured, the timeline planned from
/// the real voice lengths, the audio file of every shot's narration (recorded or synthesised) keyed by shot id, and
/// its soundtrack plan, built once on first use.
/// </summary>
public sealed class FilmCut(Film film, Timeline timeline, IReadOnlyDictionary<string, string> narrationFiles)
{
    private readonly Lazy<AudioPlan> audio = new(() => AudioPlanner.Plan(film, timeline, narrationFiles));

    public Film Film { get; } = film;

    public Timeline Timeline { get; } = timeline;

    public IReadOnlyDictionary<string, string> NarrationFiles { get; } = narrationFiles;

    /// <summary>The cut's soundtrack plan: narration, music with its ducking, effects.</summary>
    public AudioPlan Audio => audio.Value;
}
