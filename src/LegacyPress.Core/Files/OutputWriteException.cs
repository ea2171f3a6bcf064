namespace LegacyPress.Core.Files;

/// <summary>
/// A file LegacyPress makes could not be written or put in place: names the file (its final path, never the
/// temporary one) and the file system's reason ("no space left on device"). Something the user can fix, not a bug.
/// </summary>
public sealed class OutputWriteException(string path, string reason, Exception? inner = null)
    : IOException($"{reason} while writing {path}", inner)
{
    /// <summary>The file that was being made, as an absolute path.</summary>
    public string Path { get; } = path;

    /// <summary>Why, in words: "no space left on device", "the file system is read-only".</summary>
    public string Reason { get; } = reason;

    /// <summary>The message with the path shown the way the caller shows paths (relative to the working folder).</summary>
    public string MessageFor(Func<string, string> display) => $"{Reason} while writing {display(Path)}";
}
