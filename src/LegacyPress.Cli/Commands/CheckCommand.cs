using Spectre.Console;
using System.CommandLine;
using System.Text.Json;

namespace LegacyPress.Cli.Commands;

/// <summary><c>legacypress check</c>: validates a project and every file it names; exit 0 when clean, 1 otherwise.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var json = CommonOptions.Json();
        var quiet = CommonOptions.Quiet();
        var command = new Command("check", "Validate film.yaml and every file it names; report every problem as file:line:col") { project, json, quiet };
        command.SetAction(parse =>
        {
            var opened = ProjectOpener.Open(parse.GetValue(project)!, console);
            if (opened is null)
            {
                return ExitCodes.Failed;
            }
            var (film, timeline) = (opened.Film, opened.Timeline);
            if (parse.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(new { ok = true, title = film.Metadata.Title, shots = film.Shots.Count(), runtimeSeconds = timeline.RuntimeSeconds }));
            }
            else if (!parse.GetValue(quiet))
            {
                console.Ansi.MarkupLine($"[green]ok[/] {Spectre.Console.Markup.Escape(film.Metadata.Title)}: {film.Acts.Count} acts, {film.Shots.Count()} shots, runtime {Formatting.Clock(timeline.RuntimeSeconds)}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
