using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary><c>legacypress plan</c>: shows the planned timeline (what is on screen when, and what is heard).</summary>
internal static class PlanCommand
{
    private static readonly JsonSerializerOptions JsonOptions = CliJson.Options;

    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var json = CommonOptions.Json();
        var estimate = new Option<bool>("--estimate")
        {
            Description = "Plan from word-count estimates of the narration instead of speaking it first (offline, never bills a speech API)",
        };
        var prompts = new Option<bool>("--prompts")
        {
            Description = "Show each shot's composed prompt instead (bible style, place, characters and its own), with negative prompt, seed and references; works before the stills exist",
        };
        var command = new Command("plan", "Show the film's timeline: every shot and card with its times, motion, transition and narration") { project, json, estimate, prompts };
        command.SetAction(async (parse, cancellation) =>
        {
            var path = parse.GetValue(project)!;
            if (parse.GetValue(prompts))
            {
                return await PromptPlan.WriteAsync(path, console, parse.GetValue(json), cancellation);
            }
            // By default the narration is spoken (and cached) first, so the plan shows the timing the render will have.
            using var prepared = parse.GetValue(estimate) ? null : await ProjectOpener.PrepareAsync(path, console, quiet: parse.GetValue(json), cancellation);
            var planned = parse.GetValue(estimate)
                ? await ProjectOpener.OpenAsync(path, console, cancellation) is { } opened ? (opened.Film, opened.Timeline) : default
                : prepared is not null ? (prepared.Film, prepared.Timeline) : default;
            if (planned.Film is null)
            {
                return ExitCodes.Failed;
            }
            var report = PlanReport.From(planned.Film, planned.Timeline);
            if (parse.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(report, JsonOptions));
            }
            else
            {
                WriteTable(console.Ansi, report);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTable(IAnsiConsole ansi, PlanReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(report.Title));
        foreach (var column in new[] { "#", "shot", "act", "start", "end", "dur", "motion", "transition", "narration" })
        {
            table.AddColumn(column);
        }
        foreach (var row in report.Segments)
        {
            table.AddRow(
                row.Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(row.Kind == "card" ? $"[{row.Id}]" : row.Id),
                Markup.Escape(row.Act ?? ""),
                Formatting.Clock(row.StartSeconds),
                Formatting.Clock(row.EndSeconds),
                Formatting.Seconds(row.DurationSeconds),
                Markup.Escape(row.Motion ?? ""),
                Markup.Escape(row.TransitionOut is null ? "" : $"{row.TransitionOut} {Formatting.Seconds(row.TransitionOutSeconds)}s"),
                Markup.Escape(Formatting.Excerpt(row.Narration)));
        }
        ansi.Write(table);
        if (report.Narration.Count > 0)
        {
            var voices = new Table().Border(TableBorder.Simple).Title("narration");
            voices.AddColumn("shot");
            voices.AddColumn("from");
            voices.AddColumn("to");
            voices.AddColumn("length");
            voices.AddColumn("line");
            foreach (var v in report.Narration)
            {
                voices.AddRow(Markup.Escape(v.ShotId), Formatting.Clock(v.StartSeconds), Formatting.Clock(v.EndSeconds),
                    Formatting.Seconds(v.EndSeconds - v.StartSeconds) + (v.Estimated ? " (est.)" : ""), Markup.Escape(Formatting.Excerpt(v.Text)));
            }
            ansi.Write(voices);
        }
        WriteMusic(ansi, report);
        ansi.MarkupLine(
            $"runtime [bold]{Formatting.Clock(report.RuntimeSeconds)}[/] ({report.TotalFrames} frames at {report.FramesPerSecond:0.###} fps, " +
            $"{report.Width}x{report.Height} {Markup.Escape(report.Preset)}) = " +
            $"segments {Formatting.Seconds(report.SegmentSeconds)} s − transition overlaps {Formatting.Seconds(report.TransitionSeconds)} s");
    }

    /// <summary>The music's tempo and markers, and each cut against the beat (issue 18): where it is, how far it moved, why it stayed.</summary>
    private static void WriteMusic(IAnsiConsole ansi, PlanReport report)
    {
        foreach (var track in report.Music)
        {
            var markers = track.Markers.Where(m => !m.Detected).Select(m => $"{m.Name} {Formatting.Clock(m.Seconds)}").ToList();
            var sections = track.Markers.Count(m => m.Detected);
            ansi.MarkupLine(Markup.Escape(
                $"music '{track.Id}': {track.TempoBpm:0.#} bpm, {track.Meter}, {track.Beats} beats in {track.Bars} bars" +
                (markers.Count > 0 ? $", markers {string.Join(", ", markers)}" : "") +
                (sections > 0 ? $", {sections} section change{(sections == 1 ? "" : "s")} found" : "")));
        }
        if (report.Music.Count == 0 || report.Cuts.Count == 0)
        {
            return;
        }
        var cuts = new Table().Border(TableBorder.Simple).Title("cuts against the music");
        foreach (var column in new[] { "cut", "at", "moved", "snap", "to beat", "" })
        {
            cuts.AddColumn(column);
        }
        foreach (var cut in report.Cuts)
        {
            var moved = cut.Seconds - cut.UnsnappedSeconds;
            cuts.AddRow(
                Markup.Escape($"{cut.From} → {cut.To}"),
                Formatting.Clock(cut.Seconds),
                Math.Abs(moved) < 0.0005 ? "" : $"{moved:+0.000;-0.000} s",
                Markup.Escape(cut.Marker is { } marker ? $"marker {marker}" : cut.Snap == "none" ? "" : cut.Snap),
                cut.BeatOffsetSeconds is { } offset ? $"{offset * 1000:+0;-0;0} ms" : "",
                Markup.Escape(cut.KeptBecause is { } why ? $"kept: {why}" : ""));
        }
        ansi.Write(cuts);
    }
}
