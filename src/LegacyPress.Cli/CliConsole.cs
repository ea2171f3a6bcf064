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

    public void Fail(string message) => AnsiError.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");

    /// <summary>Prints problems one per line as <c>file:line:col: message</c>, so editors can jump to them.</summary>
    public void Report(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Error.WriteLine(d.ToString());
        }
        AnsiError.MarkupLine($"[red]{diagnostics.Count} problem{(diagnostics.Count == 1 ? "" : "s")} found.[/]");
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
