namespace LegacyPress.Core.Files;

/// <summary>
/// Turns the file system's errors (from .NET or from a tool's stderr) into a short reason a user can act on, so a full
/// disk or a read-only folder is reported as that, with the file, and never as an internal error.
/// </summary>
public static class WriteFailures
{
    // On Unix .NET puts errno in IOException.HResult for the errors it has no own exception type for.
    private const int NotADirectory = 20;
    private const int IsADirectory = 21;
    private const int FileTooLarge = 27;
    private const int NoSpace = 28;
    private const int ReadOnly = 30;
    private const int QuotaExceeded = 122;

    public const string NoSpaceReason = "no space left on device";

    /// <summary>
    /// What a tool prints (C's strerror) for the write failures worth naming, and how we say them. The one place tool
    /// output is matched; the texts are stable because every tool is started in the C locale (Render's ExternalTool).
    /// </summary>
    private static readonly (string Tool, string Reason)[] ToolReasons =
    [
        ("No space left on device", NoSpaceReason),
        ("Disk quota exceeded", "disk quota exceeded"),
        ("Read-only file system", "the file system is read-only"),
        ("File too large", "the file is too large for the file system"),
    ];

    /// <summary>The reason an I/O exception says, or null when it is not a file-system failure.</summary>
    public static string? Reason(Exception e) => e switch
    {
        OutputWriteException o => o.Reason,
        UnauthorizedAccessException => "permission denied",
        IOException io => io.HResult switch
        {
            NoSpace => NoSpaceReason,
            QuotaExceeded => "disk quota exceeded",
            ReadOnly => "the file system is read-only",
            FileTooLarge => "the file is too large for the file system",
            IsADirectory => "a folder is in the way",
            NotADirectory => "part of the path is a file, not a folder",
            _ => FromText(io.Message) ?? Lowered(io.Message),
        },
        _ => null,
    };

    /// <summary>The write failure a tool's output reports (ffmpeg's "No space left on device"), or null.</summary>
    public static string? FromToolOutput(string stderr) => FromText(stderr);

    /// <summary><paramref name="e"/> as a failure to write <paramref name="path"/>, or null when it is not an I/O failure.</summary>
    public static OutputWriteException? Writing(string path, Exception e) =>
        e is OutputWriteException o ? o : Reason(e) is { } reason ? new OutputWriteException(path, reason, e) : null;

    private static string? FromText(string text) =>
        ToolReasons.FirstOrDefault(r => text.Contains(r.Tool, StringComparison.OrdinalIgnoreCase)).Reason;

    // .NET's own wording ("Access to the path ... is denied.") already names a path; keep it, minus the full stop.
    private static string Lowered(string message) => message.TrimEnd('.');
}
