using System.CommandLine;
using System.Globalization;
using LegacyPress.Release.Preparation;
using LegacyPress.Render.Tools;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary><c>legacypress mix</c>: writes the film's normalised soundtrack as a WAV, and its stems for editors.</summary>
internal static class MixCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var output = CommonOptions.Output("Folder to write film.wav (and stems/) into");
        var stems = new Option<bool>("--stems") { Description = "Also write dialogue, music and effects stems (scaled like the mix, so they sum to it)" };
        var quiet = CommonOptions.Quiet();
        var json = CommonOptions.Json();
        var command = new Command("mix", "Mix narration, music and effects, normalise loudness, and write DIR/film.wav") { project, output, stems, quiet, json };
        command.SetAction(async (parse, cancellation) =>
        {
            using var prepared = await ProjectOpener.PrepareAsync(parse.GetValue(project)!, console, parse.GetValue(quiet) || parse.GetValue(json), cancellation);
            if (prepared is null)
            {
                return ExitCodes.Failed;
            }
            var folder = Path.GetFullPath(parse.OutputValue(output, parse.GetValue(project)!));
            var stemsFolder = parse.GetValue(stems) ? Path.Combine(folder, "stems") : null;
            Render.Audio.Mixing.SoundtrackResult result;
            try
            {
                result = await FilmSoundtrack.BuildAsync(prepared.Cut.Audio, Path.Combine(folder, "film.wav"), stemsFolder, cancellation);
            }
            catch (ExternalToolException e)
            {
                throw new UserFacingException($"mixing the soundtrack failed: {e.Message}");
            }
            if (parse.GetValue(json))
            {
                console.WriteJson(new
                {
                    ok = true,
                    output = result.MixPath,
                    stems = result.StemPaths,
                    durationSeconds = prepared.Timeline.RuntimeSeconds,
                    integratedLufs = result.After.IntegratedLufs,
                    truePeakDbtp = result.After.TruePeakDbtp,
                    loudnessRangeLu = result.After.RangeLu,
                });
            }
            else if (!parse.GetValue(quiet))
            {
                var f = CultureInfo.InvariantCulture;
                console.Ansi.MarkupLine($"[green]wrote[/] {Markup.Escape(ProjectOpener.DisplayPath(result.MixPath))}: " +
                    string.Create(f, $"{result.After.IntegratedLufs:0.0} LUFS integrated, {result.After.TruePeakDbtp:0.0} dBTP true peak, {result.After.RangeLu:0.0} LU range"));
                foreach (var stem in result.StemPaths)
                {
                    console.Ansi.MarkupLine($"[green]wrote[/] {Markup.Escape(ProjectOpener.DisplayPath(stem))}");
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
