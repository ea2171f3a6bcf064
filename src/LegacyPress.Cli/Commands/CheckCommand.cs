using LegacyPress.Release.Checking;
using LegacyPress.Release.Preparation;
using Spectre.Console;
using System.CommandLine;

namespace LegacyPress.Cli.Commands;

/// <summary><c>legacypress check</c>: validates a project, every file it names and everything a release reads; exit 0 when clean, 1 otherwise.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var json = CommonOptions.Json();
        var quiet = CommonOptions.Quiet();
        var command = new Command("check", "Validate film.yaml, every file it names, promo and publish settings, templates and press Markdown; report every problem as file:line:col") { project, json, quiet };
        command.SetAction(async (parse, cancellation) =>
        {
            var opened = await ProjectOpener.OpenAsync(parse.GetValue(project)!, console, cancellation);
            if (opened is null)
            {
                return ExitCodes.Failed;
            }
            var (film, timeline) = (opened.Film, opened.Timeline);
            // The film loads; now everything a release reads beyond it (voices, sound effects to generate, promo, publish, templates, press Markdown), all at once.
            using var speech = new SpeechServices(film.Project, progress: null);
            var problems = await ProjectCheck.RunAsync(film, timeline, speech, BundledFiles.Templates, ProjectOpener.DisplayPath, TimeProvider.System.GetUtcNow(), cancellation);
            if (problems.Count > 0)
            {
                console.Report(problems);
                return ExitCodes.Failed;
            }
            // Warnings, not problems: the release would go ahead.
            var warnings = LookCheck.Warnings(film, timeline, cancellation).Concat(TimingCheck.Warnings(film, timeline)).Concat(GeneratedSoundCheck.Warnings(film, speech.Sounds)).ToList();
            console.Warn(warnings);
            // check never synthesises speech: lines not in the speech cache yet are timed from their word count.
            var estimated = opened.Estimated;
            if (parse.GetValue(json))
            {
                console.WriteJson(new { ok = true, title = film.Metadata.Title, shots = film.Shots.Count(), runtimeSeconds = timeline.RuntimeSeconds, runtimeEstimated = estimated, estimated, estimatedLines = opened.EstimatedLines, warnings = warnings.Select(w => w.ToString()).ToList() });
            }
            else if (!parse.GetValue(quiet))
            {
                var runtime = estimated
                    ? $"runtime about {Formatting.Clock(timeline.RuntimeSeconds)} (narration timed by word count; plan speaks it for the real figure)"
                    : $"runtime {Formatting.Clock(timeline.RuntimeSeconds)}";
                console.Ansi.MarkupLine($"[green]ok[/] {Spectre.Console.Markup.Escape(film.Metadata.Title)}: {film.Acts.Count} acts, {film.Shots.Count()} shots, {Spectre.Console.Markup.Escape(runtime)}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
