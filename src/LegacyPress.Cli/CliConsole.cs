using LegacyPress.Core.Diagnostics;
using Spectre.Console;

namespace LegacyPress.Cli;

/// <summary>Where the CLI writes: Spectre consoles over stdout/stderr, so tests can capture both.</summary>
public sealed class CliConsole
{
    public CliConsole(TextWriter stdout, TextWriter stderr)
    {
        Out = stdout;
        Error = stderr;
        Ansi = Create(stdout);
        AnsiError = Create(stderr);
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Rich output (tables, progress) to stdout.</summary>
    public IAnsiConsole Ansi { get; }

    public IAnsiConsole AnsiError { get; }

    /// <summary>
    /// Set by a command given <c>--json</c>: problems and failures are then also written to stdout as one JSON object
    /// (see docs/json.md), so a script reads success and failure the same way.
    /// </summary>
    public bool Json { get; set; }

    public void Fail(string message)
    {
        Line(AnsiError, Error, "red", "error:", message);
        if (Json)
        {
            Out.WriteLine(CliJson.Problems([new CliJson.Problem(null, null, null, message, CliJson.Error)]));
        }
    }

    /// <summary>Writes a command's result as one JSON object on stdout.</summary>
    public void WriteJson(object value) => Out.WriteLine(CliJson.Serialize(value));

    /// <summary>A remark on stderr that is not a problem (stdout stays clean for --json).</summary>
    public void Note(string message) => Line(AnsiError, Error, "yellow", "note:", message);

    /// <summary>
    /// One message line: coloured on a terminal, plain in logs and pipes, where Spectre would otherwise wrap it at 80
    /// columns and break the words a script or a test looks for.
    /// </summary>
    private static void Line(IAnsiConsole ansi, TextWriter plain, string colour, string label, string message)
    {
        if (ansi.Profile.Capabilities.Interactive)
        {
            ansi.MarkupLine($"[{colour}]{label}[/] {Markup.Escape(message)}");
        }
        else
        {
            plain.WriteLine($"{label} {message}");
        }
    }

    /// <summary>Prints problems one per line as <c>file:line:col: message</c>, so editors can jump to them.</summary>
    public void Report(IReadOnlyList<Diagnostic> diagnostics)
    {
        Print(diagnostics.Select(d => d.ToString()).ToList());
        if (Json)
        {
            Out.WriteLine(CliJson.Problems(diagnostics));
        }
    }

    /// <summary>Prints problems that have no place in a file (a folder's contents, a missing install), one per line, and how many.</summary>
    public void Report(IReadOnlyList<string> problems)
    {
        Print(problems);
        if (Json)
        {
            Out.WriteLine(CliJson.Problems(problems.Select(p => new CliJson.Problem(null, null, null, p, CliJson.Error)).ToList()));
        }
    }

    private void Print(IReadOnlyList<string> problems)
    {
        foreach (var problem in problems)
        {
            Error.WriteLine(problem);
        }
        AnsiError.MarkupLine($"[red]{problems.Count} problem{(problems.Count == 1 ? "" : "s")} found.[/]");
    }

    /// <summary>Prints warnings one per line as <c>file:line:col: warning: message</c>: made anyway, worth a look.</summary>
    public void Warn(IReadOnlyList<Diagnostic> warnings)
    {
        foreach (var w in warnings)
        {
            Error.WriteLine($"{w.Location}: warning: {w.Message}");
        }
    }

    private static IAnsiConsole Create(TextWriter writer)
    {
        var redirected = writer != Console.Out && writer != Console.Error || Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected)
        {
            // Logs and pipes have no terminal width; 80 columns would fold every table row.
            console.Profile.Width = 160;
        }
        return console;
    }
}
