using LegacyPress.Core.Files;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using LegacyPress.Publish;
using LegacyPress.Publish.Auth;
using LegacyPress.Publish.Http;
using LegacyPress.Publish.Planning;
using LegacyPress.Publish.Settings;
using LegacyPress.Publish.Upload;
using LegacyPress.Publish.YouTube;
using LegacyPress.Release.Running;
using LegacyPress.Release.Steps;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary>
/// <c>legacypress publish</c>: uploads the rendered film to YouTube with its details, thumbnail, captions and playlist;
/// idempotent through publish.lock.json. <c>--dry-run</c> prints the plan and sends nothing.
/// </summary>
internal static class PublishCommand
{
    private static readonly JsonSerializerOptions JsonOptions = JsonFiles.Readable;

    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var platform = new Option<string>("--platform") { Description = "Where to publish", DefaultValueFactory = _ => "youtube" };
        platform.AcceptOnlyFromAmong("youtube");
        var artifacts = CommonOptions.Output("The release folder holding film.mp4, captions and promo/", name: "--artifacts");
        var film = new Option<string?>("--film") { Description = "The film file to upload (default ARTIFACTS/film.mp4)" };
        var privacy = new Option<string?>("--privacy") { Description = "Override publish.youtube.privacy: private, unlisted or public" };
        privacy.AcceptOnlyFromAmong("private", "unlisted", "public");
        var replace = new Option<bool>("--replace") { Description = "The film changed since it was published: upload it as a new video (the old one is kept)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print exactly what would be sent (details, files, sizes, quota) and send nothing" };
        var rateLimit = NumberOptions.RateLimit("--rate-limit", "Upload at most this many MB/s");
        var chunkKib = NumberOptions.ChunkKib("--chunk-kib", "Upload chunk size in KiB, a multiple of 256 (default 8192); smaller chunks lose less on a flaky link");
        var quiet = CommonOptions.Quiet();
        var json = CommonOptions.Json();
        var command = new Command("publish", "Publish the rendered film to YouTube (resumable; reruns send only what changed)")
        {
            project, platform, artifacts, film, privacy, replace, dryRun, rateLimit, chunkKib, quiet, json,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var asJson = parse.GetValue(json);
            var silent = asJson || parse.GetValue(quiet);
            var artifactsFolder = parse.OutputValue(artifacts, parse.GetValue(project)!);
            var settings = new ReleaseSettings(parse.GetValue(project)!, artifactsFolder)
            {
                Versioned = false,
                UseStepCache = false,
                Publish = true,
                Only = new HashSet<string> { PublishingStep.StepName },
                Publishing = new PublishOptions
                {
                    FilmPath = parse.GetValue(film) is { } f ? Path.GetFullPath(f) : null,
                    Replace = parse.GetValue(replace),
                    Privacy = parse.GetValue(privacy) is { } p ? Enum.Parse<Privacy>(p, ignoreCase: true) : null,
                    DryRun = parse.GetValue(dryRun),
                    RateLimitBytesPerSecond = parse.GetValue(rateLimit) is { } mb ? (long)(mb * 1_000_000) : null,
                    ChunkBytes = parse.GetValue(chunkKib) is { } kib ? kib * 1024 : null,
                },
            };
            var run = await ReleaseRun.RunAsync(console, settings, silent, cancellation);
            if (run.Failure is { } failure)
            {
                return ExitCodes.Of(failure);
            }
            var outcome = run.Step(PublishingStep.StepName)!.ValueAs<PublishOutcome>()!;
            var report = PublishReport.From(outcome.Prepared.Plan!, outcome.Limits);

            if (outcome.Result is not { } result)
            {
                if (asJson)
                {
                    console.Out.WriteLine(JsonSerializer.Serialize(new { dryRun = true, plan = report }, JsonOptions));
                }
                else
                {
                    WritePlan(console.Ansi, report);
                    console.Ansi.MarkupLine("[yellow]dry run:[/] nothing was sent.");
                }
                return ExitCodes.Ok;
            }

            if (asJson)
            {
                console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    ok = true,
                    videoId = result.VideoId,
                    url = result.VideoUrl.AbsoluteUri,
                    uploadedBytes = result.UploadedBytes,
                    steps = result.Steps,
                    warnings = result.Warnings,
                    quota = report.Quota,
                }, JsonOptions));
            }
            else if (!parse.GetValue(quiet))
            {
                var table = new Table().Border(TableBorder.Rounded).AddColumns("step", "result", "detail");
                foreach (var step in result.Steps)
                {
                    table.AddRow(Markup.Escape(step.Name), Markup.Escape(step.Outcome), Markup.Escape(step.Detail));
                }
                console.Ansi.Write(table);
                console.Ansi.MarkupLine($"[green]published[/] {Markup.Escape(result.VideoUrl.AbsoluteUri)}  (YouTube Studio: https://studio.youtube.com/video/{Markup.Escape(result.VideoId)}/edit)");
            }
            return PublishWarnings.Report(console, result);
        });
        return command;
    }

    private static void WritePlan(IAnsiConsole ansi, PublishReport report)
    {
        var steps = new Table().Border(TableBorder.Rounded).Title("publish plan (youtube)").AddColumns("step", "action");
        foreach (var s in report.Steps)
        {
            steps.AddRow(Markup.Escape(s.Step), Markup.Escape(s.Action));
        }
        ansi.Write(steps);

        var details = new Table().Border(TableBorder.Rounded).Title("video details").AddColumns("field", "value");
        foreach (var property in JsonSerializer.SerializeToElement(report.Metadata, JsonOptions).EnumerateObject())
        {
            details.AddRow(Markup.Escape(property.Name), Markup.Escape(property.Value.ToString()));
        }
        ansi.Write(details);

        var files = new Table().Border(TableBorder.Rounded).Title("files").AddColumns("role", "path", "bytes", "sha-256", "action");
        foreach (var f in report.Files)
        {
            files.AddRow(Markup.Escape(f.Role), Markup.Escape(f.Path), f.Bytes.ToString("N0", CultureInfo.InvariantCulture), f.Sha256[..12] + "…", Markup.Escape(f.Action));
        }
        ansi.Write(files);

        var quota = new Table().Border(TableBorder.Rounded).Title("quota").AddColumns("method", "calls", "units", "bucket");
        foreach (var q in report.Quota)
        {
            quota.AddRow(q.Method, q.Calls.ToString(CultureInfo.InvariantCulture), q.Units.ToString(CultureInfo.InvariantCulture), Markup.Escape(q.Bucket));
        }
        ansi.Write(quota);
    }
}
