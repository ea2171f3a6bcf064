using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;

namespace LegacyPress.Core.Loading;

/// <summary>The outcome of reading a project: the film when it is valid, and every problem found.</summary>
public sealed record LoadResult(Film? Film, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Ok => Film is not null && Diagnostics.Count == 0;
}
