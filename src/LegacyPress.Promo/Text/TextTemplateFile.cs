using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Promo.Text;

/// <summary>
/// A Liquid text template as read from disk: its body and the options in its optional front matter
/// (<c>---</c> / <c>overflow: truncate</c> / <c>---</c>), which say what to do when the text is over its limit.
/// </summary>
public sealed record TextTemplateFile(string Name, string DisplayPath, string Body, int BodyFirstLine, TextOverflow Overflow)
{
    private const string Fence = "---";

    /// <summary>Reads the template, or returns the problem with its front matter.</summary>
    public static (TextTemplateFile? File, Diagnostic? Problem) Parse(string name, string displayPath, string content)
    {
        var lines = content.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != Fence)
        {
            return (new TextTemplateFile(name, displayPath, string.Join('\n', lines), 1, TextOverflow.Fail), null);
        }
        var overflow = TextOverflow.Fail;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line == Fence)
            {
                return (new TextTemplateFile(name, displayPath, string.Join('\n', lines[(i + 1)..]), i + 2, overflow), null);
            }
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var at = new SourceLocation(displayPath, i + 1, 1);
            var colon = line.IndexOf(':');
            var key = colon < 0 ? line : line[..colon].Trim();
            var value = colon < 0 ? "" : line[(colon + 1)..].Trim();
            if (key != "overflow")
            {
                return (null, new Diagnostic(at, $"unknown front-matter key '{key}' (known: overflow)"));
            }
            switch (value)
            {
                case "fail": overflow = TextOverflow.Fail; break;
                case "truncate": overflow = TextOverflow.Truncate; break;
                default: return (null, new Diagnostic(at, $"overflow must be 'fail' or 'truncate', got '{value}'"));
            }
        }
        return (null, new Diagnostic(new SourceLocation(displayPath, 1, 1), "front matter opened with '---' is never closed"));
    }
}

/// <summary>What happens when a rendered text is over a length limit: an error (the default), or a cut at a word.</summary>
public enum TextOverflow { Fail, Truncate }
