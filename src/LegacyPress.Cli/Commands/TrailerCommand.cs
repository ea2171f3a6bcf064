using System.CommandLine;
using System.Globalization;
using LegacyPress.Core.Trailer;
using LegacyPress.Render.Encoding;
using LegacyPress.Core.Model;
using LegacyPress.Render.Films;
using LegacyPress.Release.Preparation;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary><c>legacypress trailer</c>: plans a trailer from the film's timeline and renders it through the film renderer.</summary>
internal static class TrailerCommand
{
    public static Command Create(CliConsole console, FrameDrawerFactory drawers)
    {
        var project = CommonOptions.Project();
        var length = new Option<double?>("--length", "-l") { Description = "Target length in seconds (30, 60 or 90; default film.yaml's trailer.length, else 60)" };
        length.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is { } v && (v < 15 || v > 180))
            {
                r.AddError("--length must be between 15 and 180 seconds");
            }
        });
        var preset = CommonOptions.Preset();
        var vertical = new Option<bool>("--vertical") { Description = "Also render trailer-vertical.mp4 (1080x1920, for Shorts/Reels)" };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write the trailer into", DefaultValueFactory = _ => "artifacts" };
        var quiet = CommonOptions.Quiet();
        var command = new Command("trailer", "Cut a trailer from the film and render it to DIR/trailer.mp4") { project, length, preset, vertical, output, quiet };
        command.SetAction(async (parse, cancellation) =>
        {
            var quietly = parse.GetValue(quiet);
            var film = await ProjectOpener.PrepareAsync(parse.GetValue(project)!, console, quietly, cancellation);
            if (film is null)
            {
                return ExitCodes.Failed;
            }
            var (plan, prepared) = await ProjectOpener.PrepareTrailerAsync(film, new TrailerOptions { LengthSeconds = parse.GetValue(length) }, console, quietly, cancellation);
            foreach (var note in plan.Notes)
            {
                console.Ansi.MarkupLine($"[yellow]note:[/] {Markup.Escape(note)}");
            }
            var audioPath = (await RenderCommand.MixAsync(console, prepared, quietly, cancellation, "trailer")).MixPath;
            var folder = Path.GetFullPath(parse.GetValue(output)!);
            var captions = film.Film.Audio.Captions == CaptionMode.Off ? [] : CaptionFiles.Write(plan.Timeline, folder, "trailer");

            var presets = new List<RenderPreset> { RenderPresets.Find(parse.GetValue(preset)!)! };
            if (parse.GetValue(vertical))
            {
                presets.Add(RenderPresets.Find("vertical")!);
            }
            var renderer = new FilmRenderer(drawers);
            foreach (var p in presets)
            {
                var request = new RenderRequest(plan.Film, plan.Timeline, p, folder)
                {
                    AudioPath = audioPath,
                    OutputFileName = FileName(p),
                };
                RenderResult result;
                try
                {
                    result = quietly
                        ? await renderer.RenderAsync(request, null, cancellation)
                        : await RenderCommand.WithProgressAsync(console, $"trailer {p.Name}", progress => renderer.RenderAsync(request, progress, cancellation));
                }
                catch (RenderException e)
                {
                    throw new UserFacingException(e.Message);
                }
                if (!parse.GetValue(quiet))
                {
                    console.Ansi.MarkupLine(
                        $"[green]wrote[/] {Markup.Escape(ProjectOpener.DisplayPath(result.OutputPath))}: {plan.Timeline.Shots.Count()} shots, " +
                        $"{plan.Timeline.Narration.Count} lines, {Formatting.Clock(result.DurationSeconds)} in {Formatting.Seconds(result.Elapsed.TotalSeconds)} s " +
                        $"({result.RenderFramesPerSecond.ToString("0.0", CultureInfo.InvariantCulture)} frames/s)");
                }
            }
            foreach (var caption in captions.Where(_ => !quietly))
            {
                console.Ansi.MarkupLine($"[green]wrote[/] {Markup.Escape(ProjectOpener.DisplayPath(caption))}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary><c>trailer.mp4</c> for the master, <c>trailer-vertical.mp4</c> for Shorts, <c>trailer-&lt;preset&gt;.mp4</c> otherwise.</summary>
    public static string FileName(RenderPreset preset) => preset.Name == RenderPresets.FinalName ? "trailer.mp4" : $"trailer-{preset.Name}.mp4";
}
