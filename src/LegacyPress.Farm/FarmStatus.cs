using Hangfire.PostgreSql;
using Hangfire.Storage.Monitoring;

namespace LegacyPress.Farm;

/// <summary>A worker process as the farm's database last heard of it; <see cref="Workers"/> is its <c>--workers</c>, the pieces it encodes at once.</summary>
public sealed record FarmServer(string Name, int Workers, IReadOnlyList<string> Queues, DateTime? StartedUtc, DateTime? HeartbeatUtc);

/// <summary>A piece being rendered, or given up on, with where and why.</summary>
public sealed record FarmPiece(string JobId, string Piece, string Project, string? Server, DateTime? AtUtc, string? Error);

/// <summary>What <c>legacypress farm status</c> shows: workers, queue lengths, running and failed pieces, totals.</summary>
public sealed record FarmStatusReport(
    string Database,
    IReadOnlyList<FarmServer> Servers,
    IReadOnlyDictionary<string, long> QueueLengths,
    IReadOnlyList<FarmPiece> Running,
    IReadOnlyList<FarmPiece> Failed,
    long Succeeded,
    long Enqueued);

/// <summary>Reads the farm's state through Hangfire's monitoring API (what its dashboard shows, as data).</summary>
public static class FarmStatus
{
    /// <summary>How many running and failed pieces are listed: a table, not a log.</summary>
    private const int Listed = 100;

    /// <exception cref="FarmException">The database cannot be reached.</exception>
    public static FarmStatusReport Read(FarmConnection connection)
    {
        var storage = connection.OpenStorage(new FarmTimings());
        return Read(storage, connection.Display);
    }

    public static FarmStatusReport Read(PostgreSqlStorage storage, string database)
    {
        var api = storage.GetMonitoringApi();
        var statistics = api.GetStatistics();
        // A worker process runs EncodeSlots.HangfireWorkersPerSlot Hangfire workers per piece it encodes at once.
        var servers = api.Servers().Select(s => new FarmServer(s.Name, Math.Max(1, s.WorkersCount / EncodeSlots.HangfireWorkersPerSlot), s.Queues.ToList(), s.StartedAt, s.Heartbeat)).ToList();
        var queues = api.Queues().ToDictionary(q => q.Name, q => q.Length, StringComparer.Ordinal);
        // Hangfire lists only queues that hold jobs; the farm's own is always shown.
        queues.TryAdd(FarmTimings.Queue, 0);
        var running = api.ProcessingJobs(0, Listed).Select(j => Piece(j.Key, j.Value.Job, j.Value.ServerId, j.Value.StartedAt, null)).ToList();
        var failed = api.FailedJobs(0, Listed).Select(j => Piece(j.Key, j.Value.Job, null, j.Value.FailedAt, j.Value.ExceptionMessage)).ToList();
        return new FarmStatusReport(database, servers, queues, running, failed, statistics.Succeeded, statistics.Enqueued);
    }

    private static FarmPiece Piece(string id, Hangfire.Common.Job? job, string? server, DateTime? at, string? error)
    {
        var order = job?.Args.OfType<PieceOrder>().FirstOrDefault();
        return new FarmPiece(id, order?.ToString() ?? job?.ToString() ?? "(a job this build cannot read)", order?.Recipe.ProjectPath ?? "", server, at, error);
    }
}
