using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Core.Planning;

/// <summary>A planned timeline, or the timing problems that prevent one.</summary>
public sealed record PlanResult(Timeline? Timeline, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Ok => Timeline is not null && Diagnostics.Count == 0;
}
