using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LegacyPress.Render.Encoding;
using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Mixing;
using LegacyPress.Render.Composition;
using LegacyPress.Render.Films;
using LegacyPress.Release.Preparation;
using LegacyPress.Render.Tools;
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
        var silent = new Option<bool>("--silent") { Description = "Render the picture only: no narration, music or effects (fast previews)" };
        var command = new Command("render", "Render the film with its soundtrack and captions to DIR/film.mp4 (film-<preset>.mp4 for other presets)")
        {
            project, preset, output, from, to, silent, quiet, json,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var machine = parse.GetValue(json) || parse.GetValue(quiet);
            var prepared = await ProjectOpener.PrepareAsync(parse.GetValue(project)!, console, machine, cancellation);
            if (prepared is null)
            {
                return ExitCodes.Failed;
            }
            var request = new RenderRequest(prepared.Film, prepared.Timeline, RenderPresets.Find(parse.GetValue(preset)!)!, Path.GetFullPath(parse.GetValue(output)!))
            {
                FromSeconds = parse.GetValue(from),
                ToSeconds = parse.GetValue(to),
            };
            var soundtrack = parse.GetValue(silent) ? null : await MixAsync(console, prepared, machine, cancellation);
            request = request with { AudioPath = soundtrack?.MixPath };
            var captions = prepared.Film.Audio.Captions == CaptionMode.Off
                ? []
                : CaptionFiles.Write(prepared.Timeline, request.OutputDirectory, Path.GetFileNameWithoutExtension(request.OutputPath));
            var renderer = new FilmRenderer(prepared.Film.Audio.Captions == CaptionMode.Burn
                ? (film, timeline, size) => new BurnedCaptionsDrawer(drawers(film, timeline, size), CaptionFiles.Cues(timeline))
                : drawers);
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
                    // Exact ("30000/1001") for tools, and as a number for people and plots.
                    frameRate = result.FilmFrameRate.ToString(),
                    framesPerSecond = result.FilmFrameRate.FramesPerSecond,
                    durationSeconds = result.DurationSeconds,
                    elapsedSeconds = result.Elapsed.TotalSeconds,
                    renderFramesPerSecond = result.RenderFramesPerSecond,
                    audio = soundtrack is null ? null : new
                    {
                        integratedLufs = soundtrack.After.IntegratedLufs,
                        truePeakDbtp = soundtrack.After.TruePeakDbtp,
                        loudnessRangeLu = soundtrack.After.RangeLu,
                    },
                    captions,
                }, JsonOptions));
            }
            else if (!parse.GetValue(quiet))
            {
                console.Ansi.MarkupLine(
                    $"[green]wrote[/] {Markup.Escape(ProjectOpener.DisplayPath(result.OutputPath))}: {result.Frames.Count} frames ({Formatting.Clock(result.DurationSeconds)}) " +
                    $"in {Formatting.Seconds(result.Elapsed.TotalSeconds)} s, {result.RenderFramesPerSecond.ToString("0.0", CultureInfo.InvariantCulture)} frames/s");
                if (soundtrack is not null)
                {
                    console.Out.WriteLine(
                        $"soundtrack: {soundtrack.After.IntegratedLufs.ToString("0.0", CultureInfo.InvariantCulture)} LUFS integrated, " +
                        $"{soundtrack.After.TruePeakDbtp.ToString("0.0", CultureInfo.InvariantCulture)} dBTP true peak");
                }
                foreach (var caption in captions)
                {
                    console.Ansi.MarkupLine($"[green]wrote[/] {Markup.Escape(ProjectOpener.DisplayPath(caption))}");
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The film's mix from the project's cache, mixed and normalised first if anything it is made of changed.</summary>
    internal static async Task<SoundtrackResult> MixAsync(CliConsole console, PreparedFilm prepared, bool quiet, CancellationToken cancellation, string name = "film")
    {
        var plan = FilmSoundtrack.Plan(prepared);
        if (!quiet)
        {
            console.Error.WriteLine($"{name} soundtrack: mixing narration, music and effects and normalising loudness (cached when unchanged)…");
        }
        try
        {
            return (await FilmSoundtrack.GetOrBuildAsync(prepared.Film.Project, name, plan, cancellation)).Result;
        }
        catch (ExternalToolException e)
        {
            throw new UserFacingException($"mixing the soundtrack failed: {e.Message}");
        }
    }

    private static Task<RenderResult> RenderWithProgressAsync(CliConsole console, FilmRenderer renderer, RenderRequest request, CancellationToken cancellation) =>
        WithProgressAsync(console, $"{request.Preset.Name} {request.Preset.WidthPixels}x{request.Preset.HeightPixels}", progress => renderer.RenderAsync(request, progress, cancellation));

    /// <summary>
    /// Runs a render with a Spectre progress bar (frames/s, ETA) on a terminal, or a plain line about every ten
    /// percent in logs and CI, where a redrawn bar would be noise. Shared by render, trailer and release.
    /// </summary>
    internal static async Task<T> WithProgressAsync<T>(CliConsole console, string label, Func<IProgress<RenderProgress>, Task<T>> render)
    {
        if (!console.Ansi.Profile.Capabilities.Interactive)
        {
            var lastTenth = -1;
            return await render(new InlineProgress<RenderProgress>(p =>
            {
                var tenth = (int)(p.Fraction * 10);
                if (tenth != lastTenth)
                {
                    lastTenth = tenth;
                    console.Out.WriteLine($"rendering {label}: {p.FramesDone}/{p.TotalFrames} frames ({(int)(p.Fraction * 100)}%), {Speed(p)}");
                }
            }));
        }

        T result = default!;
        await console.Ansi.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(label), maxValue: 1);
                result = await render(new InlineProgress<RenderProgress>(p =>
                {
                    task.MaxValue = p.TotalFrames;
                    task.Value = p.FramesDone;
                    task.Description = Markup.Escape($"{label}  {p.FramesDone}/{p.TotalFrames}  {Speed(p)}");
                }));
            });
        return result;
    }

    private static string Speed(RenderProgress p) =>
        $"{p.FramesPerSecond.ToString("0.0", CultureInfo.InvariantCulture)} frames/s, ETA {(p.Remaining is { } r ? Formatting.Clock(r.TotalSeconds)[..^4] : "–")}";
}
