using System.CommandLine;
using System.Globalization;
using LegacyPress.Core.Trailer;
using LegacyPress.Release.Running;
using LegacyPress.Release.Steps;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary><c>legacypress trailer</c>: the release's trailer and captions steps (cache off) into DIR.</summary>
internal static class TrailerCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var length = NumberOptions.TrailerLength("--length", "Target length in seconds (15–180; default film.yaml's trailer.length, else 60)", "-l");
        var preset = CommonOptions.Preset();
        var vertical = new Option<bool>("--vertical") { Description = "Also render trailer-vertical.mp4 (1080x1920, for Shorts/Reels)" };
        var output = CommonOptions.Output("Folder to write the trailer into");
        var quiet = CommonOptions.Quiet();
        var json = CommonOptions.Json();
        var farm = CommonOptions.Farm();
        var command = new Command("trailer", "Cut a trailer from the film and render it to DIR/trailer.mp4") { project, length, preset, vertical, output, quiet, json, farm };
        command.SetAction(async (parse, cancellation) =>
        {
            var quietly = parse.GetValue(quiet) || parse.GetValue(json);
            var settings = new ReleaseSettings(parse.GetValue(project)!, parse.OutputValue(output, parse.GetValue(project)!))
            {
                Preset = parse.PresetValue(preset),
                Versioned = false,
                UseStepCache = false,
                Only = new HashSet<string> { TrailerStep.StepName, CaptionsStep.StepName },
                Trailer = new TrailerOptions { LengthSeconds = parse.GetValue(length) },
                TrailerVertical = parse.GetValue(vertical),
            };
            var report = await ReleaseRun.RunAsync(console, settings, quietly, cancellation, parse.FarmValue(farm));
            if (report.Failure is { } failure)
            {
                return ExitCodes.Of(failure);
            }
            if (parse.GetValue(json))
            {
                var rendered = report.Step(TrailerStep.StepName)!.ValueAs<RenderedTrailer>()!;
                console.WriteJson(new
                {
                    ok = true,
                    outputs = rendered.Renders.Select(r => new { output = r.OutputPath, durationSeconds = r.DurationSeconds }).ToList(),
                    shots = rendered.Plan.Timeline.Shots.Count(),
                    lines = rendered.Plan.Timeline.Narration.Count,
                    captions = report.Step(CaptionsStep.StepName)?.ValueAs<List<string>>() ?? [],
                });
            }
            else if (!quietly)
            {
                var trailer = report.Step(TrailerStep.StepName)!.ValueAs<RenderedTrailer>()!;
                foreach (var result in trailer.Renders)
                {
                    console.Ansi.MarkupLine(
                        $"[green]wrote[/] {Markup.Escape(ProjectOpener.DisplayPath(result.OutputPath))}: {trailer.Plan.Timeline.Shots.Count()} shots, " +
                        $"{trailer.Plan.Timeline.Narration.Count} lines, {Formatting.Clock(result.DurationSeconds)} in {Formatting.Seconds(result.Elapsed.TotalSeconds)} s " +
                        $"({result.RenderFramesPerSecond.ToString("0.0", CultureInfo.InvariantCulture)} frames/s)");
                }
                foreach (var caption in report.Step(CaptionsStep.StepName)?.ValueAs<List<string>>() ?? [])
                {
                    console.Ansi.MarkupLine($"[green]wrote[/] {Markup.Escape(ProjectOpener.DisplayPath(caption))}");
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
