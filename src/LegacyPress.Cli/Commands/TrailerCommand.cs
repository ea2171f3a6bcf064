using System.CommandLine;
using System.Globalization;
using LegacyPress.Core.Trailer;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Films;
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
            var opened = ProjectOpener.Open(parse.GetValue(project)!, console);
            if (opened is null)
            {
                return ExitCodes.Failed;
            }
            var plan = TrailerPlanner.Plan(opened.Film, opened.Timeline, new TrailerOptions { LengthSeconds = parse.GetValue(length) });
            foreach (var note in plan.Notes)
            {
                console.Ansi.MarkupLine($"[yellow]note:[/] {Markup.Escape(note)}");
            }
            // INTEGRATION: the soundtrack. When the lead's mix API lands: synthesise each plan.Timeline.Narration
            // line's text (SpeechCache.GetOrSynthesizeAsync, then re-plan with TrailerOptions.SpokenSeconds so the
            // spans carry measured lengths), then AudioPlanner.Plan(plan.Film, plan.Timeline, files by span ShotId)
            // -> the same mixer/normaliser as `render` -> set RenderRequest.AudioPath below. Captions: CaptionPlanner
            // on plan.Timeline.Narration -> trailer.srt/.vtt.
            string? audioPath = null;

            var presets = new List<RenderPreset> { RenderPresets.Find(parse.GetValue(preset)!)! };
            if (parse.GetValue(vertical))
            {
                presets.Add(RenderPresets.Find("vertical")!);
            }
            var renderer = new FilmRenderer(drawers);
            foreach (var p in presets)
            {
                var request = new RenderRequest(plan.Film, plan.Timeline, p, Path.GetFullPath(parse.GetValue(output)!))
                {
                    AudioPath = audioPath,
                    OutputFileName = FileName(p),
                };
                RenderResult result;
                try
                {
                    result = await renderer.RenderAsync(request, null, cancellation);
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
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary><c>trailer.mp4</c> for the master, <c>trailer-vertical.mp4</c> for Shorts, <c>trailer-&lt;preset&gt;.mp4</c> otherwise.</summary>
    public static string FileName(RenderPreset preset) => preset.Name == RenderPresets.FinalName ? "trailer.mp4" : $"trailer-{preset.Name}.mp4";
}
