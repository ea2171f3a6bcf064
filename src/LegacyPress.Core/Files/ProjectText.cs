using System.Text;

namespace LegacyPress.Core.Files;

/// <summary>
/// Reads a project's text file (film.yaml, Markdown, templates) as strict UTF-8: a byte sequence that is not UTF-8 is
/// reported at its line and column instead of being replaced by U+FFFD, which would put garbage on a poster unnoticed.
/// A leading byte order mark is dropped.
/// </summary>
public static class ProjectText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or the 1-based line and column (in characters) of its first invalid byte.</summary>
    public static ProjectTextResult Read(string path) => Decode(File.ReadAllBytes(path));

    public static ProjectTextResult Decode(ReadOnlySpan<byte> bytes)
    {
        var body = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        var offset = FirstInvalid(body);
        if (offset == body.Length)
        {
            return new ProjectTextResult(Strict.GetString(body), null);
        }
        var (line, column) = Position(body[..offset]);
        return new ProjectTextResult(null, new InvalidUtf8(line, column, $"not valid UTF-8 (byte 0x{body[offset]:X2} at byte offset {offset + bytes.Length - body.Length}); save the file as UTF-8"));
    }

    // The valid prefix decodes cleanly, so lines and columns count characters as an editor shows them.
    private static (int Line, int Column) Position(ReadOnlySpan<byte> valid)
    {
        var text = Strict.GetString(valid);
        var lastBreak = text.LastIndexOf('\n');
        var line = text.Count(c => c == '\n') + 1;
        return (line, text.Length - (lastBreak + 1) + 1);
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? bytes.Length : read;
    }
}

/// <summary>Where a text file stops being UTF-8.</summary>
public sealed record InvalidUtf8(int Line, int Column, string Message);

/// <summary>The text of a project file, or where it is not UTF-8.</summary>
public sealed record ProjectTextResult(string? Text, InvalidUtf8? Problem);
