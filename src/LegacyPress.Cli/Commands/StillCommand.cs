using Spectre.Console;
using System.CommandLine;
using System.Globalization;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Films;

namespace LegacyPress.Cli.Commands;

/// <summary><c>legacypress still</c>: writes one frame of the film as a PNG.</summary>
internal static class StillCommand
{
    public static Command Create(CliConsole console, FrameDrawerFactory drawers)
    {
        var project = CommonOptions.Project();
        var at = NumberOptions.Time("--at", "Time of the frame, in seconds");
        at.Required = true;
        var preset = CommonOptions.Preset();
        var output = CommonOptions.Output("PNG file to write", "still-<seconds>s.png");
        var quiet = CommonOptions.Quiet();
        var json = CommonOptions.Json();
        var command = new Command("still", "Render the frame at a given time as a PNG") { project, at, preset, output, quiet, json };
        command.SetAction(async (parse, cancellation) =>
        {
            var opened = await ProjectOpener.OpenAsync(parse.GetValue(project)!, console, cancellation);
            if (opened is null)
            {
                return ExitCodes.Failed;
            }
            // The same choice a render makes: --preset when given, else film.yaml's output.
            var film = RenderPresets.Choose(opened.Film, parse.PresetValue(preset));
            var size = RenderPresets.For(film.Output);
            var seconds = parse.GetValue(at)!.Value;
            if (FilmTimeBounds.Frame(at.Name, seconds, opened.Timeline) is { } outside)
            {
                throw new UserFacingException(outside);
            }
            var path = Path.GetFullPath(parse.OutputValue(output, parse.GetValue(project)!, $"still-{seconds.ToString("0.###", CultureInfo.InvariantCulture)}s.png"));
            int frame;
            try
            {
                frame = new StillRenderer(drawers).RenderPng(film, opened.Timeline, size, seconds, path);
            }
            catch (RenderException e)
            {
                throw new UserFacingException(e.Message);
            }
            if (parse.GetValue(json))
            {
                console.WriteJson(new
                {
                    ok = true,
                    output = path,
                    frame,
                    seconds = opened.Timeline.Seconds(frame),
                    width = size.WidthPixels,
                    height = size.HeightPixels,
                    estimated = opened.Estimated,
                });
            }
            else if (!parse.GetValue(quiet))
            {
                console.Ansi.MarkupLine($"[green]wrote[/] {Spectre.Console.Markup.Escape(ProjectOpener.DisplayPath(path))} (frame {frame}, {Formatting.Clock(opened.Timeline.Seconds(frame))}, {size.WidthPixels}x{size.HeightPixels})");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
