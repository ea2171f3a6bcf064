using System.CommandLine;
using LegacyPress.Render.Films;
using LegacyPress.Render.Pictures;
using LegacyPress.Release.Running;
using LegacyPress.Render.Tools;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary>
/// <c>legacypress timeline</c>: a PNG of the film's lanes (shots, transitions, narration, music with its ducking,
/// effects, loudness over time), the view a film-maker checks before publishing.
/// </summary>
internal static class TimelineCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var output = CommonOptions.Output("PNG file to write", "timeline.png");
        var quiet = CommonOptions.Quiet();
        var json = CommonOptions.Json();
        var command = new Command("timeline", "Draw the film's timeline lanes and loudness curve to a PNG") { project, output, quiet, json };
        command.SetAction(async (parse, cancellation) =>
        {
            var silent = parse.GetValue(quiet) || parse.GetValue(json);
            using var prepared = await ProjectOpener.PrepareAsync(parse.GetValue(project)!, console, silent, cancellation);
            if (prepared is null)
            {
                return ExitCodes.Failed;
            }
            IReadOnlyList<(double Seconds, double Lufs)> loudness;
            try
            {
                var mix = await prepared.MixAsync(prepared.Cut, "film", ReleaseRun.Environment(console, silent).Observer, cancellation);
                loudness = await LoudnessCurve.MeasureAsync(mix.MixPath, cancellation);
            }
            catch (ExternalToolException e)
            {
                throw new UserFacingException($"measuring the mix's loudness failed: {e.Message}");
            }
            catch (ReleaseStepException e)
            {
                throw new UserFacingException(e.Message);
            }
            var path = Path.GetFullPath(parse.OutputValue(output, parse.GetValue(project)!, "timeline.png"));
            using (var picture = new TimelinePicture().Draw(prepared.Film, prepared.Timeline, prepared.Cut.Audio, loudness))
            {
                StillRenderer.WritePng(picture, path);
            }
            if (parse.GetValue(json))
            {
                console.WriteJson(new { ok = true, output = path, durationSeconds = prepared.Timeline.RuntimeSeconds, segments = prepared.Timeline.Segments.Count });
            }
            else if (!parse.GetValue(quiet))
            {
                console.Ansi.MarkupLine($"[green]wrote[/] {Markup.Escape(ProjectOpener.DisplayPath(path))}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
