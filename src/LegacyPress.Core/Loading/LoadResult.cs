using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;

namespace LegacyPress.Core.Loading;

/// <summary>The outcome of reading a project: the film when it is valid, and every problem found.</summary>
public sealed record LoadResult(Film? Film, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Ok => Film is not null && Diagnostics.Count == 0;

    /// <summary>
    /// The film as read even when it has problems (bad values replaced by their defaults), so checks that need only
    /// the model, such as the planner's timing rules, can report in the same run; null when there was no film to read.
    /// </summary>
    public Film? Draft { get; init; }
}
