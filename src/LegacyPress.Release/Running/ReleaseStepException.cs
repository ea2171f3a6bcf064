using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Release.Running;

/// <summary>A step could not finish for a reason the user can act on: a message, and located problems when there are some.</summary>
public sealed class ReleaseStepException(string message, IReadOnlyList<Diagnostic>? diagnostics = null) : Exception(message)
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics ?? [];
}
