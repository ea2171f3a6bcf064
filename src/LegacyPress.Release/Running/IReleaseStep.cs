using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Release;

namespace LegacyPress.Release.Running;

/// <summary>
/// One step of the release: its name, what it reads (typed fingerprint inputs), what it writes, and how to make it.
/// A step is one class registered in <see cref="ReleaseSteps"/>; the runner decides whether it must run.
/// </summary>
public interface IReleaseStep
{
    /// <summary>The name used by <c>--only</c>, <c>--from</c>, the step cache and the report.</summary>
    string Name { get; }

    /// <summary>False when the step has nothing to do in this run (publish without <c>--publish</c>).</summary>
    bool AppliesTo(ReleaseContext context) => true;

    /// <summary>False for steps that keep their own record of what was done (publish has its ledger).</summary>
    bool Cached => true;

    /// <summary>Everything the step's outputs depend on; the step is skipped when these hash as they did last time.</summary>
    Task<IReadOnlyList<FingerprintInput>> InputsAsync(ReleaseContext context, CancellationToken cancellation);

    /// <summary>The files the step writes (absolute paths); all must exist after <see cref="RunAsync"/>.</summary>
    Task<IReadOnlyList<string>> OutputsAsync(ReleaseContext context, CancellationToken cancellation);

    /// <exception cref="ReleaseStepException">The step failed for a reason the user can act on.</exception>
    Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellation);
}

/// <summary>
/// What a step that ran says about it: a line of detail, for commands that print more a typed value, and warnings
/// about what it made anyway (a promo title cut to fit), located at the file and line to change.
/// </summary>
public sealed record StepResult(string Detail, object? Value = null)
{
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];
}
