using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;

namespace LegacyPress.Release.Preparation;

/// <summary>
/// A film ready to render: narration spoken and measured, the timeline planned from the real voice lengths, and the
/// audio file of every shot's narration (recorded or synthesised), keyed by shot id.
/// </summary>
public sealed record PreparedFilm(Film Film, Timeline Timeline, IReadOnlyDictionary<string, string> NarrationFiles);
