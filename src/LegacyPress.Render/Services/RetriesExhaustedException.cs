namespace LegacyPress.Render.Services;

/// <summary>
/// <see cref="ServiceRetry"/> ran out of tries. <see cref="Exception.InnerException"/> is the last failure: a
/// <see cref="TransientServiceFailure"/> (the service kept answering badly) or a connection failure (it could not be reached).
/// </summary>
public sealed class RetriesExhaustedException(int attempts, Exception last) : Exception(last.Message, last)
{
    public int Attempts { get; } = attempts;

    /// <summary>"3 attempts", "1 attempt".</summary>
    public string Tries => $"{Attempts} attempt{(Attempts == 1 ? "" : "s")}";

    /// <summary>Whether the service answered (badly) rather than could not be reached.</summary>
    public bool ServiceAnswered => InnerException is TransientServiceFailure;
}
