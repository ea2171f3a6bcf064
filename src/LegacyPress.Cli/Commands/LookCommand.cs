using System.CommandLine;
using LegacyPress.Core.Files;
using LegacyPress.Core.Model;
using LegacyPress.Core.Release;
using LegacyPress.Render.Look.Matching;
using LegacyPress.Render.Pictures;
using LegacyPress.Render.Films;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary>
/// <c>legacypress look</c>: measures every shot's look as the film frames it, its drift within its look group, and
/// (when matching is on, or with <c>--apply</c>) what the colour match does; writes <c>look.png</c> and <c>look.json</c>.
/// </summary>
internal static class LookCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var output = CommonOptions.Output("PNG file to write (look.json goes beside it)", "look.png");
        var apply = new Option<bool>("--apply") { Description = "Show the colour match even where film.yaml does not turn it on (reinhard, full strength; match: false is kept)" };
        var quiet = CommonOptions.Quiet();
        var json = CommonOptions.Json();
        var command = new Command("look", "Measure each shot's look and its drift within its look group; with matching, before and after") { project, output, apply, quiet, json };
        command.SetAction(async (parse, cancellation) =>
        {
            var opened = await ProjectOpener.OpenAsync(parse.GetValue(project)!, console, cancellation);
            if (opened is null)
            {
                return ExitCodes.Failed;
            }
            var film = opened.Film;
            if (parse.GetValue(apply) && film.Look.Match is null)
            {
                film = film with { Look = film.Look with { Match = LookMatch.Default } };
            }
            var (look, _) = ColourMatching.Survey(film, opened.Timeline, new FileHashes(), cancellation);

            var path = Path.GetFullPath(parse.OutputValue(output, parse.GetValue(project)!, "look.png"));
            var jsonPath = Path.ChangeExtension(path, ".json");
            using (var picture = LookSheet.Draw(film.Metadata.Title, look))
            {
                StillRenderer.WritePng(picture, path);
            }
            OutputFile.WriteAllText(jsonPath, LookJson.Text(look));

            if (parse.GetValue(json))
            {
                console.WriteJson(new { ok = true, output = path, json = jsonPath, look = LookJson.Of(look) });
            }
            else if (!parse.GetValue(quiet))
            {
                Report(console, look);
                console.Ansi.MarkupLine($"[green]wrote[/] {Markup.Escape(ProjectOpener.DisplayPath(path))} and {Markup.Escape(ProjectOpener.DisplayPath(jsonPath))}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Report(CliConsole console, FilmLook look)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("group").AddColumn("shot").AddColumn(new TableColumn("drift ΔE00").RightAligned())
            .AddColumn(new TableColumn("palette ΔE00").RightAligned()).AddColumn("match").AddColumn("");
        foreach (var group in look.Groups)
        {
            foreach (var shot in group.Shots)
            {
                var drift = shot.After is { } a ? $"{Number(shot.DriftBefore?.MeanDeltaE)} → {Number(a.Drift.MeanDeltaE)}" : Number(shot.DriftBefore?.MeanDeltaE);
                var palette = shot.After is { } b ? $"{Number(shot.DriftBefore?.PaletteDeltaE)} → {Number(b.Drift.PaletteDeltaE)}" : Number(shot.DriftBefore?.PaletteDeltaE);
                var role = shot.ShotId == group.ReferenceShotId ? (group.ReferenceNamed ? "reference" : "reference (medoid)")
                    : shot.Problem ?? (look.IsOutlier(shot) ? $"[red]drifts beyond {Number(look.WarnDeltaE)}[/]" : "");
                table.AddRow(Markup.Escape(group.Name), Markup.Escape(shot.ShotId), drift, palette,
                    shot.Match is { } m ? $"{LookSurvey.MethodName(m.Method)} {m.Strength:0.##}" : "-", shot.Problem is null ? role : Markup.Escape(role));
            }
        }
        console.Ansi.Write(table);
    }

    private static string Number(double? value) => value is { } v ? LookSheet.Number(v) : "-";
}
