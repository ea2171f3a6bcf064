using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LegacyPress.Farm;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary>
/// <c>legacypress farm worker|status|dashboard</c>: a render farm on Hangfire and PostgreSQL (docs/farm.md). The
/// coordinator is any <c>render</c>, <c>trailer</c> or <c>release</c> given <c>--farm</c>.
/// </summary>
internal static class FarmCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("farm", "Render pieces on many machines: run a worker, see the farm's state, open its dashboard (docs/farm.md)");
        command.Subcommands.Add(Worker(console));
        command.Subcommands.Add(Status(console));
        command.Subcommands.Add(Dashboard(console));
        return command;
    }

    private static Option<string?> Connection() => new("--connection", "-c")
    {
        Description = $"The farm's PostgreSQL connection string (\"Host=…;Database=…;Username=…\"; default: ${FarmConnection.EnvironmentVariable})",
    };

    private static Command Worker(CliConsole console)
    {
        var connection = Connection();
        var workers = NumberOptions.WholeNumber("--workers", "Pieces this machine renders at once (each runs its own x264: 1 per 2–4 cores is usual)",
            1, FarmWorker.MaxWorkers, 1, aliases: "-n");
        var timeout = NumberOptions.WholeNumber("--invisibility-timeout", "Seconds before a piece held by a worker that died goes to another worker (live workers keep theirs)",
            2, 86_400, (int)new FarmTimings().InvisibilityTimeout.TotalSeconds, " seconds");
        var quiet = CommonOptions.Quiet();
        var command = new Command("worker", "Render pieces from the farm's queue until stopped (Ctrl+C)") { connection, workers, timeout, quiet };
        command.SetAction(async (parse, cancellation) =>
        {
            var farm = FarmConnection.FromOptionOrEnvironment(parse.GetValue(connection));
            IFarmWorkerLog log = parse.GetValue(quiet) ? new SilentLog() : new LineLog(console.Out);
            var options = new FarmWorkerOptions(farm, parse.GetValue(workers), () => ReleaseRun.Environment(console, quiet: true), log)
            {
                Timings = new FarmTimings { InvisibilityTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)) },
            };
            await FarmWorker.RunAsync(options, cancellation);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Status(CliConsole console)
    {
        var connection = Connection();
        var json = CommonOptions.Json();
        var command = new Command("status", "Workers, queue, running and failed pieces of the farm") { connection, json };
        command.SetAction(parse =>
        {
            var report = FarmStatus.Read(FarmConnection.FromOptionOrEnvironment(parse.GetValue(connection)));
            if (parse.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(new { ok = true, farm = report }, CliJson.Options));
                return ExitCodes.Ok;
            }
            Show(console, report);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Dashboard(CliConsole console)
    {
        var connection = Connection();
        var port = NumberOptions.WholeNumber("--port", "Port on 127.0.0.1 to serve Hangfire's dashboard on", 1, 65_535, 9091);
        var command = new Command("dashboard", "Serve Hangfire's dashboard of the farm on 127.0.0.1 until stopped (Ctrl+C)") { connection, port };
        command.SetAction(async (parse, cancellation) =>
        {
            var farm = FarmConnection.FromOptionOrEnvironment(parse.GetValue(connection));
            await FarmDashboard.RunAsync(farm, parse.GetValue(port), url => console.Out.WriteLine($"farm dashboard of {farm.Display} on {url} (Ctrl+C to stop)"), cancellation);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Show(CliConsole console, FarmStatusReport report)
    {
        var ansi = console.Ansi;
        ansi.MarkupLine($"farm [bold]{Markup.Escape(report.Database)}[/]: {report.Servers.Count} worker process(es), " +
            $"{report.Enqueued} piece(s) queued, {report.Running.Count} running, {report.Failed.Count} failed, {report.Succeeded} succeeded");
        if (report.Servers.Count > 0)
        {
            var servers = new Table().Border(TableBorder.Rounded).Title("workers").AddColumn("worker").AddColumn(new TableColumn("at once").RightAligned())
                .AddColumn("queues").AddColumn("started (UTC)").AddColumn("last heartbeat (UTC)");
            foreach (var s in report.Servers)
            {
                servers.AddRow(Markup.Escape(s.Name), s.Workers.ToString(CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", s.Queues)), Time(s.StartedUtc), Time(s.HeartbeatUtc));
            }
            ansi.Write(servers);
        }
        var queues = new Table().Border(TableBorder.Rounded).Title("queues").AddColumn("queue").AddColumn(new TableColumn("waiting").RightAligned());
        foreach (var (name, length) in report.QueueLengths)
        {
            queues.AddRow(Markup.Escape(name), length.ToString(CultureInfo.InvariantCulture));
        }
        ansi.Write(queues);
        foreach (var (title, pieces) in new[] { ("running", report.Running), ("failed", report.Failed) })
        {
            if (pieces.Count == 0)
            {
                continue;
            }
            var table = new Table().Border(TableBorder.Rounded).Title(title).AddColumn("job").AddColumn("piece").AddColumn("project")
                .AddColumn(title == "running" ? "worker" : "error").AddColumn(title == "running" ? "since (UTC)" : "at (UTC)");
            foreach (var p in pieces)
            {
                table.AddRow(p.JobId, Markup.Escape(p.Piece), Markup.Escape(p.Project), Markup.Escape((title == "running" ? p.Server : p.Error) ?? ""), Time(p.AtUtc));
            }
            ansi.Write(table);
        }
    }

    private static string Time(DateTime? utc) => utc?.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A worker's lines on stdout, each stamped with the time (a worker runs for days).</summary>
    private sealed class LineLog(TextWriter output) : IFarmWorkerLog
    {
        private readonly Lock gate = new();

        public void Line(string text)
        {
            lock (gate)
            {
                output.WriteLine($"{DateTime.Now.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)} {text}");
                output.Flush();
            }
        }
    }

    private sealed class SilentLog : IFarmWorkerLog
    {
        public void Line(string text)
        {
        }
    }
}
