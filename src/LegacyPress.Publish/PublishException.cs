namespace LegacyPress.Publish;

/// <summary>Why a publish step stopped, which decides what the run does next and the exit code the user sees.</summary>
public enum PublishFailureKind
{
    /// <summary>YouTube (or the project) refused this request for good: repeating it only burns quota.</summary>
    Refused,

    /// <summary>The saved sign-in is no longer accepted: nothing else can go until the user signs in again.</summary>
    SignIn,

    /// <summary>Busy, out of quota, or out of retries: nothing was lost and a later run continues from the ledger.</summary>
    TryLater,
}

/// <summary>A publish failure whose message is written for the user (what happened, and what to do about it).</summary>
public sealed class PublishException(string message, Exception? inner = null, PublishFailureKind kind = PublishFailureKind.Refused) : Exception(message, inner)
{
    public PublishException(string message, PublishFailureKind kind) : this(message, null, kind)
    {
    }

    public PublishFailureKind Kind { get; } = kind;
}
