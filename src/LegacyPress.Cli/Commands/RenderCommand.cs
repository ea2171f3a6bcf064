using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Films;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary><c>legacypress render</c>: renders the film (or a time range of it) to an MP4 with a progress bar.</summary>
internal static class RenderCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(CliConsole console, FrameDrawerFactory drawers)
    {
        var project = CommonOptions.Project();
        var preset = CommonOptions.Preset();
        var output = new Option<string>("--out", "-o") { Description = "Folder to write the film into", DefaultValueFactory = _ => "artifacts" };
        var from = new Option<double?>("--from") { Description = "Start of the range to render, in seconds" };
        var to = new Option<double?>("--to") { Description = "End of the range to render (exclusive), in seconds" };
        var quiet = CommonOptions.Quiet();
        var json = CommonOptions.Json();
        var command = new Command("render", "Render the film to DIR/film.mp4 (film-<preset>.mp4 for other presets)") { project, preset, output, from, to, quiet, json };
        command.SetAction(async (parse, cancellation) =>
        {
            var opened = ProjectOpener.Open(parse.GetValue(project)!, console);
            if (opened is null)
            {
                return ExitCodes.Failed;
            }
            var request = new RenderRequest(opened.Film, opened.Timeline, RenderPresets.Find(parse.GetValue(preset)!)!, Path.GetFullPath(parse.GetValue(output)!))
            {
                FromSeconds = parse.GetValue(from),
                ToSeconds = parse.GetValue(to),
            };
            var renderer = new FilmRenderer(drawers);
            RenderResult result;
            try
            {
                result = parse.GetValue(json) || parse.GetValue(quiet)
                    ? await renderer.RenderAsync(request, null, cancellation)
                    : await RenderWithProgressAsync(console, renderer, request, cancellation);
            }
            catch (RenderException e)
            {
                throw new UserFacingException(e.Message);
            }

            if (parse.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    ok = true,
                    output = result.OutputPath,
                    preset = result.Preset.Name,
                    width = result.Preset.WidthPixels,
                    height = result.Preset.HeightPixels,
                    startFrame = result.Frames.StartFrame,
                    endFrame = result.Frames.EndFrame,
                    frames = result.Frames.Count,
                    framesPerSecond = result.FilmFramesPerSecond,
                    durationSeconds = result.DurationSeconds,
                    elapsedSeconds = result.Elapsed.TotalSeconds,
                    renderFramesPerSecond = result.RenderFramesPerSecond,
                }, JsonOptions));
            }
            else if (!parse.GetValue(quiet))
            {
                console.Ansi.MarkupLine(
                    $"[green]wrote[/] {Markup.Escape(ProjectOpener.DisplayPath(result.OutputPath))}: {result.Frames.Count} frames ({Formatting.Clock(result.DurationSeconds)}) " +
                    $"in {Formatting.Seconds(result.Elapsed.TotalSeconds)} s, {result.RenderFramesPerSecond.ToString("0.0", CultureInfo.InvariantCulture)} frames/s");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<RenderResult> RenderWithProgressAsync(CliConsole console, FilmRenderer renderer, RenderRequest request, CancellationToken cancellation)
    {
        var label = $"{request.Preset.Name} {request.Preset.WidthPixels}x{request.Preset.HeightPixels}";
        if (!console.Ansi.Profile.Capabilities.Interactive)
        {
            // Logs and CI: a plain line about every ten percent rather than a redrawn bar.
            var lastTenth = -1;
            var lines = new InlineProgress(p =>
            {
                var tenth = (int)(p.Fraction * 10);
                if (tenth != lastTenth)
                {
                    lastTenth = tenth;
                    console.Out.WriteLine($"rendering {label}: {p.FramesDone}/{p.TotalFrames} frames ({(int)(p.Fraction * 100)}%), {Speed(p)}");
                }
            });
            return await renderer.RenderAsync(request, lines, cancellation);
        }

        RenderResult? result = null;
        await console.Ansi.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(label), maxValue: 1);
                var bar = new InlineProgress(p =>
                {
                    task.MaxValue = p.TotalFrames;
                    task.Value = p.FramesDone;
                    task.Description = Markup.Escape($"{label}  {p.FramesDone}/{p.TotalFrames}  {Speed(p)}");
                });
                result = await renderer.RenderAsync(request, bar, cancellation);
            });
        return result!;
    }

    private static string Speed(RenderProgress p) =>
        $"{p.FramesPerSecond.ToString("0.0", CultureInfo.InvariantCulture)} frames/s, ETA {(p.Remaining is { } r ? Formatting.Clock(r.TotalSeconds)[..^4] : "–")}";

    /// <summary>Reports on the encoder's thread; Progress&lt;T&gt; would post to the pool and could print after the summary.</summary>
    private sealed class InlineProgress(Action<RenderProgress> report) : IProgress<RenderProgress>
    {
        public void Report(RenderProgress value) => report(value);
    }
}
