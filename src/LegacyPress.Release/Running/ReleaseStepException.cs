using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Release.Running;

/// <summary>A step could not finish for a reason the user can act on: a message, and located problems when there are some.</summary>
public sealed class ReleaseStepException(string message, IReadOnlyList<Diagnostic>? diagnostics = null) : Exception(message)
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics ?? [];

    /// <summary>Nothing is wrong with the project: a service is busy or another run holds it, and running again later will do.</summary>
    public bool TryLater { get; init; }
}
