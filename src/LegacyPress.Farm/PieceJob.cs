using System.Diagnostics;
using Hangfire;
using Hangfire.Server;
using LegacyPress.Render.Encoding;

namespace LegacyPress.Farm;

/// <summary>
/// What a farm worker runs for one <see cref="PieceOrder"/>: make the cut from the project on shared storage (once per
/// worker process, see <see cref="WorkerCuts"/>), check the piece is the one the coordinator planned, and encode it to
/// a temporary name renamed to its fingerprint name — so a piece is never seen half-written and a piece rendered twice
/// (a worker presumed dead that was not) is harmless. A piece already there is not rendered again.
/// </summary>
public sealed class PieceJob(WorkerCuts cuts, EncodingPipeline pipeline, IFarmWorkerLog log, EncodeSlots slots)
{
    /// <summary>The job parameter a worker keeps the frames it has encoded of its piece in, for the coordinator's progress.</summary>
    public const string FramesParameter = "frames";

    /// <summary>How often the frames done are written to the database: often enough for a live ETA, rarely enough to cost nothing.</summary>
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>Three tries in all, quickly one after another; a project that is not the coordinator's is not retried.</summary>
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [1, 2], OnAttemptsExceeded = AttemptsExceededAction.Fail, ExceptOn = [typeof(ProjectMismatchException)])]
    [JobDisplayName("{0}")]
    // On the job itself, not only in its first Enqueued state: a retry goes back to this queue, not Hangfire's "default".
    [Queue(FarmTimings.Queue)]
    public async Task RenderAsync(PieceOrder order, PerformContext? context, CancellationToken cancellation)
    {
        if (File.Exists(order.FilePath))
        {
            log.Line($"{order}: already rendered");
            return;
        }
        var clock = Stopwatch.StartNew();
        try
        {
            var cut = await cuts.GetAsync(order, cancellation).ConfigureAwait(false);
            var piece = cut.Pieces[order.Index];
            var last = Stopwatch.StartNew();
            var progress = context is null ? null : new InlineFrames(frames =>
            {
                if (last.Elapsed >= ProgressInterval)
                {
                    last.Restart();
                    context.SetJobParameter(FramesParameter, frames);
                }
            });
            using (await slots.TakeAsync(cancellation).ConfigureAwait(false))
            {
                // Another worker may have finished it while this one waited for its slot (a piece presumed lost).
                if (File.Exists(piece.FilePath))
                {
                    log.Line($"{order}: already rendered");
                    return;
                }
                log.Line($"{order}: rendering");
                using var drawer = cut.Drawers.Take();
                await pipeline.EncodeAsync(drawer.Drawer, piece.Range, cut.Encoder, piece.FilePath, audio: null, progress, cancellation).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The worker's own line, in words; Hangfire keeps the details with the job (farm status, the dashboard).
            log.Line($"{order}: failed: {e.Message}");
            throw;
        }
        // No last frame count: the Succeeded state that follows says the whole piece is there, one write fewer per piece.
        log.Line($"{order}: done in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private sealed class InlineFrames(Action<int> report) : IProgress<RenderProgress>
    {
        public void Report(RenderProgress value) => report(value.FramesDone);
    }
}

/// <summary>Where a worker says what it does, a line at a time (its terminal, or nowhere).</summary>
public interface IFarmWorkerLog
{
    void Line(string text);
}
