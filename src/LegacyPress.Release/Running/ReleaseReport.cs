using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Release.Running;

/// <summary>What happened to one step of a run.</summary>
public enum StepStatus
{
    /// <summary>Its inputs were unchanged and its outputs in place: nothing was done.</summary>
    UpToDate,

    /// <summary>It ran and wrote its outputs.</summary>
    Built,

    /// <summary>It ran and stopped the release; see <see cref="ReleaseReport.Failure"/>.</summary>
    Failed,
}

/// <summary>One step's outcome: status, time, a line of detail, the files it wrote, what changed, and its typed result.</summary>
public sealed record StepReport(string Step, StepStatus Status, TimeSpan Elapsed, string Detail, IReadOnlyList<string> Outputs)
{
    /// <summary>Names of the fingerprint inputs that changed since the step last ran (every input when it never ran).</summary>
    public IReadOnlyList<string> Changed { get; init; } = [];

    /// <summary>The step's own result (a render's frame counts, the promo report, the publish result), for commands to print.</summary>
    public object? Value { get; init; }

    public T? ValueAs<T>() where T : class => Value as T;

    /// <summary>What the step made but not as asked, at the file and line to change (empty unless it ran).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];
}

/// <summary>Why a run stopped: a message and the located problems behind it (empty when there is no file:line to give).</summary>
public sealed record ReleaseFailure(string Message, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>See <see cref="ReleaseStepException.TryLater"/>: the same command, run later, should succeed as it is.</summary>
    public bool TryLater { get; init; }
}

/// <summary>
/// The typed result of a run: what was prepared, each step's outcome in pipeline order, where the release went and
/// which artifact links now point at it. The CLI prints it; tests assert on it.
/// </summary>
public sealed record ReleaseReport(string OutputFolder, IReadOnlyList<StepReport> Steps, TimeSpan Elapsed)
{
    /// <summary>Null when every selected step succeeded.</summary>
    public ReleaseFailure? Failure { get; init; }

    /// <summary>Title, shot count and runtime of the prepared film; null when preparation failed.</summary>
    public PreparationSummary? Preparation { get; init; }

    /// <summary>The top-level artifact links swapped to this release (versioned runs).</summary>
    public IReadOnlyList<string> Links { get; init; } = [];

    public bool Ok => Failure is null;

    /// <summary>Steps that did work this run.</summary>
    public IEnumerable<StepReport> Built => Steps.Where(s => s.Status == StepStatus.Built);

    public StepReport? Step(string name) => Steps.FirstOrDefault(s => s.Step == name);
}

/// <summary>The prepared film in a line: its title, shots, runtime (measured narration), and how long preparing took.</summary>
public sealed record PreparationSummary(string Title, int Shots, double RuntimeSeconds, TimeSpan Elapsed);
