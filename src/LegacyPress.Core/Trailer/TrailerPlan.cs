using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;

namespace LegacyPress.Core.Trailer;

/// <summary>
/// A planned trailer: a <see cref="Planning.Timeline"/> the film renderer draws unchanged, and the film with its
/// music replaced by the trailer's placement, so the audio planner and mixer are reused unchanged too.
/// </summary>
/// <param name="Notes">What the planner had to give up (a pinned line that did not fit, holds over the ideal), for the CLI to show.</param>
public sealed record TrailerPlan(Film Film, Timeline Timeline, IReadOnlyList<string> Notes);

/// <summary>What a trailer run asks for beyond film.yaml: a length, and the measured length of spoken sentences.</summary>
public sealed record TrailerOptions
{
    /// <summary>Target length in seconds; null uses film.yaml's <c>trailer.length</c>, else <see cref="TrailerShape.DefaultLengthSeconds"/>.</summary>
    public double? LengthSeconds { get; init; }

    /// <summary>Measured seconds of sentences already synthesised, by sentence text; others are estimated.</summary>
    public IReadOnlyDictionary<string, double> SpokenSeconds { get; init; } = new Dictionary<string, double>();
}
