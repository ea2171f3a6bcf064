using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LegacyPress.Release.Running;
using LegacyPress.Release.Steps;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary><c>legacypress render</c>: the release's film and captions steps (cache off) into DIR, or a time range of the film.</summary>
internal static class RenderCommand
{
    private static readonly JsonSerializerOptions JsonOptions = CliJson.Options;

    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var preset = CommonOptions.Preset();
        var output = CommonOptions.Output("Folder to write the film into");
        var from = NumberOptions.Time("--from", "Start of the range to render, in seconds");
        var to = NumberOptions.Time("--to", "End of the range to render (exclusive), in seconds");
        var quiet = CommonOptions.Quiet();
        var json = CommonOptions.Json();
        var farm = CommonOptions.Farm();
        var silent = new Option<bool>("--silent") { Description = "Render the picture only: no narration, music or effects (fast previews)" };
        var command = new Command("render", "Render the film with its soundtrack and captions to DIR/film.mp4 (film-<preset>.mp4 for other presets)")
        {
            project, preset, output, from, to, silent, quiet, json, farm,
        };
        NumberOptions.Ordered(command, from, to);
        command.Validators.Add(result =>
        {
            if (result.GetResult(farm) is not null && (result.GetResult(from) is not null || result.GetResult(to) is not null))
            {
                result.AddError("--farm renders the whole film in pieces; a range (--from, --to) renders here without it");
            }
        });
        command.SetAction(async (parse, cancellation) =>
        {
            var machine = parse.GetValue(json) || parse.GetValue(quiet);
            var range = parse.GetValue(from) is null && parse.GetValue(to) is null ? null : new FilmRange(parse.GetValue(from), parse.GetValue(to));
            var settings = new ReleaseSettings(parse.GetValue(project)!, parse.OutputValue(output, parse.GetValue(project)!))
            {
                Preset = parse.PresetValue(preset),
                Versioned = false,
                UseStepCache = false,
                Only = new HashSet<string> { FilmStep.StepName, CaptionsStep.StepName },
                Range = range,
                Silent = parse.GetValue(silent),
            };
            var report = await ReleaseRun.RunAsync(console, settings, machine, cancellation, parse.FarmValue(farm));
            if (report.Failure is { } failure)
            {
                return ExitCodes.Of(failure);
            }
            var result = report.Step(FilmStep.StepName)!.ValueAs<RenderedCut>()!;
            var captions = report.Step(CaptionsStep.StepName)?.ValueAs<List<string>>() ?? [];

            if (parse.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    ok = true,
                    output = result.OutputPath,
                    preset = result.Preset.Name,
                    width = result.Preset.WidthPixels,
                    height = result.Preset.HeightPixels,
                    startFrame = result.StartFrame,
                    endFrame = result.EndFrame,
                    frames = result.Frames,
                    // Exact ("30000/1001") for tools, and as a number for people and plots.
                    frameRate = result.FilmFrameRate.ToString(),
                    framesPerSecond = result.FilmFrameRate.FramesPerSecond,
                    durationSeconds = result.DurationSeconds,
                    elapsedSeconds = result.Elapsed.TotalSeconds,
                    renderFramesPerSecond = result.RenderFramesPerSecond,
                    pieces = result.Pieces,
                    piecesRendered = result.PiecesRendered,
                    audio = result.Loudness is not { } loudness ? null : new
                    {
                        integratedLufs = loudness.IntegratedLufs,
                        truePeakDbtp = loudness.TruePeakDbtp,
                        loudnessRangeLu = loudness.RangeLu,
                    },
                    captions,
                }, JsonOptions));
            }
            else if (!parse.GetValue(quiet))
            {
                console.Ansi.MarkupLine(
                    $"[green]wrote[/] {Markup.Escape(ProjectOpener.DisplayPath(result.OutputPath))}: {result.Frames} frames ({Formatting.Clock(result.DurationSeconds)}) " +
                    $"in {Formatting.Seconds(result.Elapsed.TotalSeconds)} s, {result.RenderFramesPerSecond.ToString("0.0", CultureInfo.InvariantCulture)} frames/s" +
                    (result.Pieces > 1 ? $" ({result.PiecesRendered} of {result.Pieces} pieces rendered, the rest unchanged)" : ""));
                if (result.Loudness is { } loudness)
                {
                    console.Out.WriteLine(
                        $"soundtrack: {loudness.IntegratedLufs.ToString("0.0", CultureInfo.InvariantCulture)} LUFS integrated, " +
                        $"{loudness.TruePeakDbtp.ToString("0.0", CultureInfo.InvariantCulture)} dBTP true peak");
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
}
