using Hangfire;
using LegacyPress.Release.Running;
using LegacyPress.Render.Encoding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LegacyPress.Farm;

/// <summary>What a worker process is asked for: its database, how many pieces at once, and how it renders.</summary>
/// <param name="Environment">Made once per cut: the drawer, templates and observer a worker prepares and draws films with.</param>
public sealed record FarmWorkerOptions(FarmConnection Connection, int Workers, Func<ReleaseEnvironment> Environment, IFarmWorkerLog Log)
{
    public FarmTimings Timings { get; init; } = new();
}

/// <summary>
/// <c>legacypress farm worker</c>: a Hangfire server (Hangfire.NetCore's hosted service) that takes pieces from the
/// farm's queue until stopped (Ctrl+C, SIGTERM). On a graceful stop a piece being rendered goes back to the queue; a
/// worker that dies leaves it to another after <see cref="FarmTimings.InvisibilityTimeout"/>.
/// </summary>
public static class FarmWorker
{
    /// <summary>The most pieces one worker process renders at once: each holds a drawer and an x264, so more only thrash.</summary>
    public const int MaxWorkers = 64;

    /// <exception cref="FarmException">The database cannot be reached.</exception>
    public static async Task RunAsync(FarmWorkerOptions options, CancellationToken cancellation)
    {
        var storage = options.Connection.OpenStorage(options.Timings);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        // Hangfire's own warnings and errors (a lost connection, a job it could not start) go to stderr; its chatter does not.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        // A piece's failure is said by the job in one line (PieceJob); Hangfire's retry filter would repeat it with a stack trace.
        builder.Logging.AddFilter("Hangfire.AutomaticRetryAttribute", LogLevel.Error);
        builder.Services.AddSingleton(options.Log);
        builder.Services.AddSingleton(new EncodingPipeline());
        builder.Services.AddSingleton(_ => new WorkerCuts(options.Environment, options.Log));
        using var slots = new EncodeSlots(options.Workers);
        builder.Services.AddSingleton(slots);
        builder.Services.AddTransient<PieceJob>();
        builder.Services.AddHangfire(c => FarmHangfire.Configure(c).UseStorage(storage));
        builder.Services.AddHangfireServer(o =>
        {
            o.ServerName = ServerName;
            // One more fetched piece per slot, waiting: see EncodeSlots.
            o.WorkerCount = slots.HangfireWorkers;
            o.Queues = [FarmTimings.Queue];
            o.SchedulePollingInterval = options.Timings.SchedulePollingInterval;
            // Inside the CLI's own 10 s for a stop, so the piece in hand is handed back before the process goes.
            o.ShutdownTimeout = TimeSpan.FromSeconds(5);
        });
        using var host = builder.Build();
        options.Log.Line($"worker {ServerName}:{Environment.ProcessId}: {options.Workers} at once, waiting for pieces on {options.Connection.Display}");
        await host.RunAsync(cancellation).ConfigureAwait(false);
    }

    /// <summary>How the farm names this machine; Hangfire adds the process id and a GUID (<c>host:pid:guid</c>), so <c>farm status</c> says where a piece runs.</summary>
    public static string ServerName { get; } = Environment.MachineName;
}
