using Spectre.Console;
using System.CommandLine;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Films;

namespace LegacyPress.Cli.Commands;

/// <summary><c>legacypress storyboard</c>: writes a contact sheet PNG, one labelled thumbnail per shot.</summary>
internal static class StoryboardCommand
{
    public static Command Create(CliConsole console, FrameDrawerFactory drawers)
    {
        var project = CommonOptions.Project();
        var output = CommonOptions.Output("PNG file to write", "storyboard.png");
        var quiet = CommonOptions.Quiet();
        var json = CommonOptions.Json();
        var command = new Command("storyboard", "Render a contact sheet: every shot at rest with its id, times and narration") { project, output, quiet, json };
        command.SetAction(async (parse, cancellation) =>
        {
            var opened = await ProjectOpener.OpenAsync(parse.GetValue(project)!, console, cancellation);
            if (opened is null)
            {
                return ExitCodes.Failed;
            }
            var path = Path.GetFullPath(parse.OutputValue(output, parse.GetValue(project)!, "storyboard.png"));
            int shots;
            try
            {
                shots = new StoryboardRenderer(drawers).RenderPng(opened.Film, opened.Timeline, path);
            }
            catch (RenderException e)
            {
                throw new UserFacingException(e.Message);
            }
            if (parse.GetValue(json))
            {
                console.WriteJson(new { ok = true, output = path, shots, runtimeSeconds = opened.Timeline.RuntimeSeconds, estimated = opened.Estimated });
            }
            else if (!parse.GetValue(quiet))
            {
                console.Ansi.MarkupLine($"[green]wrote[/] {Spectre.Console.Markup.Escape(ProjectOpener.DisplayPath(path))} ({shots} shots)");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
