using LegacyPress.Release.Running;

namespace LegacyPress.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Something in the project or the command line needs fixing; the message says what.</summary>
    public const int Failed = 1;

    /// <summary>publish: the video is up, but YouTube refused an optional part (thumbnail, a caption track, the playlist).</summary>
    public const int PublishedWithWarnings = 3;

    /// <summary>An internal error: a bug in LegacyPress, never something the user did.</summary>
    public const int InternalError = 70;

    /// <summary>Nothing is wrong with the project: a service is busy, out of quota or retries, or another run holds it. Run it again later (EX_TEMPFAIL).</summary>
    public const int TryLater = 75;

    public const int Cancelled = 130;

    public static int Of(ReleaseFailure failure) => failure.TryLater ? TryLater : Failed;
}
