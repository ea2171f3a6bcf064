using LegacyPress.Release.Steps;
using System.CommandLine;
using LegacyPress.Core.Trailer;
using LegacyPress.Release.Running;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary>
/// <c>legacypress release</c>: the release runner over the whole step table — film, captions, timeline pictures,
/// trailer, promo, press kit, case study, manifest (, publish) — each skipped when its inputs are unchanged; a summary
/// table at the end.
/// </summary>
internal static class ReleaseCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var publish = new Option<bool>("--publish") { Description = "Publish the release after building it" };
        var force = new Option<bool>("--force") { Description = "Rebuild every step, ignoring the step cache" };
        var preset = CommonOptions.Preset();
        var output = CommonOptions.Output("Artifacts folder; the release goes to DIR/<version>/");
        var only = new Option<string[]>("--only") { Description = $"Run only these steps: {string.Join(", ", ReleaseSteps.Names)}", AllowMultipleArgumentsPerToken = true };
        var from = new Option<string?>("--from") { Description = "Run this step and every later one" };
        var trailerLength = NumberOptions.TrailerLength("--trailer-length", "Trailer length in seconds (15–180; default film.yaml's trailer.length, else 60)");
        var quiet = CommonOptions.Quiet();
        var farm = CommonOptions.Farm();
        var command = new Command("release", "Build the whole release incrementally into DIR/<version>/ with a manifest")
        {
            project, publish, force, preset, output, only, from, trailerLength, quiet, farm,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var names = parse.GetValue(only) is { Length: > 0 } list
                ? list.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal)
                : null;
            var settings = new ReleaseSettings(parse.GetValue(project)!, parse.OutputValue(output, parse.GetValue(project)!))
            {
                Preset = parse.PresetValue(preset),
                Force = parse.GetValue(force),
                Publish = parse.GetValue(publish) || names?.Contains("publish") == true,
                Only = names,
                From = parse.GetValue(from),
                Trailer = new TrailerOptions { LengthSeconds = parse.GetValue(trailerLength) },
            };
            var report = await ReleaseRun.RunAsync(console, settings, parse.GetValue(quiet), cancellation, parse.FarmValue(farm));
            if (report.Failure is { } failure)
            {
                return ExitCodes.Of(failure);
            }
            if (!parse.GetValue(quiet))
            {
                Summarise(console, report);
            }
            return report.Step(PublishingStep.StepName)?.ValueAs<PublishOutcome>()?.Result is { } published
                ? PublishWarnings.Report(console, published)
                : ExitCodes.Ok;
        });
        return command;
    }

    private static void Summarise(CliConsole console, ReleaseReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"release {ProjectOpener.DisplayPath(report.OutputFolder)}"));
        table.AddColumns("step", "status", "time", "detail");
        if (report.Preparation is { } prepared)
        {
            table.AddRow("prepare", "[green]ok[/]", Formatting.Seconds(prepared.Elapsed.TotalSeconds) + " s",
                Markup.Escape($"{prepared.Shots} shots, {Formatting.Clock(prepared.RuntimeSeconds)}"));
        }
        foreach (var step in report.Steps)
        {
            var (colour, status) = step.Status switch
            {
                StepStatus.Built => ("green", "built"),
                StepStatus.UpToDate => ("grey", "up to date"),
                _ => ("red", "failed"),
            };
            var why = step.Status == StepStatus.Built && step.Changed.Count > 0
                ? $" ({(step.Changed.Count <= 3 ? string.Join(", ", step.Changed) : $"{step.Changed.Count} inputs changed")})"
                : "";
            table.AddRow(Markup.Escape(step.Step), $"[{colour}]{status}[/]", Formatting.Seconds(step.Elapsed.TotalSeconds) + " s", Markup.Escape(step.Detail + why));
        }
        if (report.Links.Count > 0)
        {
            table.AddRow("latest", "[green]linked[/]", "0.0 s", Markup.Escape($"{report.Links.Count} entries of {ProjectOpener.DisplayPath(Path.GetDirectoryName(report.Links[0])!)} point at this release"));
        }
        table.Caption($"{Formatting.Seconds(report.Elapsed.TotalSeconds)} s in all");
        console.Ansi.Write(table);
    }
}
