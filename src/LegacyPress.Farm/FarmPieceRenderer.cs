using System.Diagnostics;
using Hangfire;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.States;
using Hangfire.Storage;
using LegacyPress.Core.Planning;
using LegacyPress.Release.Farming;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Films.Segments;

namespace LegacyPress.Farm;

/// <summary>
/// The coordinator's side of a farm render: one Hangfire job per stale piece, then the pieces' states watched until
/// every one has succeeded — progress across all workers on the way (pieces done, running and failed, frames/s,
/// ETA). A piece Hangfire gave up on (three failures) fails the render with its shots and the worker's error; a
/// cancelled render (Ctrl+C) deletes its jobs that have not finished, so no worker starts them.
/// </summary>
public sealed class FarmPieceRenderer(PostgreSqlStorage storage, FarmConnection connection, CutRecipe recipe, FarmTimings timings) : IPieceRenderer
{
    public async Task RenderAsync(PieceWork work, IProgress<RenderProgress>? progress, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var client = new BackgroundJobClient(storage);
        var jobs = new List<(FilmPiece Piece, PieceOrder Order, string Id)>();
        try
        {
            foreach (var piece in work.Stale)
            {
                var order = Order(work, piece);
                var id = client.Create(Job.FromExpression<PieceJob>(j => j.RenderAsync(order, null, CancellationToken.None), FarmTimings.Queue), new EnqueuedState(FarmTimings.Queue));
                jobs.Add((piece, order, id));
            }
            await WatchAsync(jobs, work, progress, clock, cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException || FarmConnection.Unreachable(e) is not null || e is RenderException)
        {
            Abandon(client, jobs);
            if (FarmConnection.Unreachable(e) is { } reason)
            {
                throw new RenderException($"lost the farm database {connection.Display}: {reason}");
            }
            throw;
        }
    }

    private async Task WatchAsync(List<(FilmPiece Piece, PieceOrder Order, string Id)> jobs, PieceWork work, IProgress<RenderProgress>? progress, Stopwatch clock, CancellationToken cancellation)
    {
        var finished = new HashSet<string>(StringComparer.Ordinal);
        var total = work.StaleFrames;
        var workers = new WorkerCount(storage);
        while (finished.Count < jobs.Count)
        {
            await Task.Delay(timings.StatusPollInterval, cancellation).ConfigureAwait(false);
            var states = await JobStates.ReadAsync(connection, jobs.Where(j => !finished.Contains(j.Id)).Select(j => j.Id).ToList(), cancellation).ConfigureAwait(false);
            int done = 0, running = 0, retrying = 0, framesRunning = 0;
            foreach (var (piece, order, id) in jobs)
            {
                if (finished.Contains(id))
                {
                    done += order.Frames;
                    continue;
                }
                var state = states.GetValueOrDefault(id);
                var name = state?.Name;
                if (name == SucceededState.StateName)
                {
                    finished.Add(id);
                    done += order.Frames;
                }
                else if (name == ProcessingState.StateName)
                {
                    running++;
                    framesRunning += Math.Min(state!.FramesDone, order.Frames);
                }
                else if (name == ScheduledState.StateName)
                {
                    retrying++;
                }
                else if (name == FailedState.StateName)
                {
                    using var db = storage.GetConnection();
                    throw new RenderException(Failure(order, id, db.GetStateData(id)));
                }
                else if (name == DeletedState.StateName)
                {
                    throw new RenderException($"{order} was deleted from the farm's queue {connection.Display} before it was rendered");
                }
                else if (name is null)
                {
                    throw new RenderException($"{order} is no longer in the farm's database {connection.Display}");
                }
            }
            var frames = done + framesRunning;
            progress?.Report(new RenderProgress(frames, total, frames / Math.Max(clock.Elapsed.TotalSeconds, 1e-9), clock.Elapsed)
            {
                Detail = $"pieces {finished.Count}/{jobs.Count} done, {running} running{(retrying > 0 ? $", {retrying} to retry" : "")}" +
                    (workers.Live() == 0 ? $"; no worker is connected to {connection.Display}: start `legacypress farm worker` where this project is shared" : ""),
            });
        }
    }

    /// <summary>How many workers take pieces, asked every few seconds: a render with none would otherwise just wait.</summary>
    private sealed class WorkerCount(PostgreSqlStorage storage)
    {
        private static readonly TimeSpan AskEvery = TimeSpan.FromSeconds(5);

        /// <summary>A worker whose heartbeat is older than this is presumed gone (Hangfire's own server timeout is 5 minutes).</summary>
        private static readonly TimeSpan Silent = TimeSpan.FromMinutes(1);

        private readonly Stopwatch since = new();
        private int live = -1;

        public int Live()
        {
            if (live < 0 || since.Elapsed > AskEvery)
            {
                live = storage.GetMonitoringApi().Servers().Count(s => s.Queues.Contains(FarmTimings.Queue) && s.Heartbeat is { } beat && DateTime.UtcNow - beat < Silent);
                since.Restart();
            }
            return live;
        }
    }

    /// <summary>The piece, its shots, the worker that last ran it and what it said.</summary>
    private string Failure(PieceOrder order, string id, StateData state)
    {
        var message = state.Data.TryGetValue("ExceptionMessage", out var m) ? m : "(no message)";
        var processing = storage.GetMonitoringApi().JobDetails(id)?.History.FirstOrDefault(h => h.StateName == ProcessingState.StateName);
        var worker = processing?.Data.TryGetValue("ServerId", out var server) == true ? server : null;
        return $"{order} failed on the farm{(worker is null ? "" : $" (last on worker {worker})")}: {message}";
    }

    /// <summary>Deletes the jobs that have not finished, so no worker starts (or goes on with) a render nobody waits for.</summary>
    private static void Abandon(BackgroundJobClient client, List<(FilmPiece Piece, PieceOrder Order, string Id)> jobs)
    {
        foreach (var (_, _, id) in jobs)
        {
            try
            {
                // Delete only moves a job that has not finished: a succeeded piece keeps its state (and its file).
                client.ChangeState(id, new DeletedState(), EnqueuedState.StateName);
                client.ChangeState(id, new DeletedState(), ScheduledState.StateName);
                client.ChangeState(id, new DeletedState(), ProcessingState.StateName);
            }
            catch (Exception e) when (FarmConnection.Unreachable(e) is not null)
            {
                // The database is gone: there is nobody to tell, and its workers cannot fetch the jobs either.
                return;
            }
        }
    }

    private PieceOrder Order(PieceWork work, FilmPiece piece)
    {
        var (segments, _) = FilmSegmentPlanner.Contents(work.Request.Timeline, piece.Range);
        var shots = segments.OfType<ShotSegment>().Select(s => s.Shot.Id).Distinct(StringComparer.Ordinal).ToList();
        return new PieceOrder(recipe, piece.Index, work.All.Count, piece.Range.StartFrame, piece.Range.EndFrame, piece.Fingerprint, Path.GetFullPath(piece.FilePath), ToolVersion, shots);
    }

    private static string ToolVersion => Release.Running.ReleaseEnvironment.CurrentToolVersion;
}
