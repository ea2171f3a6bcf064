using System.Diagnostics;
using LegacyPress.Render.Encoding;

namespace LegacyPress.Render.Films.Segments;

/// <summary>Encodes the stale pieces one after the other on this machine, with one drawer for them all.</summary>
public sealed class LocalPieceRenderer(FrameDrawerFactory drawers, EncodingPipeline pipeline) : IPieceRenderer
{
    public async Task RenderAsync(PieceWork work, IProgress<RenderProgress>? progress, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var request = work.Request;
        var drawer = request.MakeDrawer(drawers);
        try
        {
            FilmRenderer.CheckDrawer(drawer, request.Preset, request.Timeline.TotalFrames);
            var x264 = FilmPieces.Encoder(request.Preset);
            var done = 0;
            foreach (var piece in work.Stale)
            {
                var inner = progress is null ? null : new OffsetProgress(progress, done, work.StaleFrames, clock);
                await pipeline.EncodeAsync(drawer, piece.Range, x264, piece.FilePath, audio: null, inner, cancellation).ConfigureAwait(false);
                done += piece.Range.Count;
            }
        }
        finally
        {
            (drawer as IDisposable)?.Dispose();
        }
    }

    /// <summary>Reports one piece's progress as progress through all stale pieces.</summary>
    private sealed class OffsetProgress(IProgress<RenderProgress> outer, int before, int total, Stopwatch clock) : IProgress<RenderProgress>
    {
        public void Report(RenderProgress value)
        {
            var done = before + value.FramesDone;
            outer.Report(new RenderProgress(done, total, done / Math.Max(clock.Elapsed.TotalSeconds, 1e-9), clock.Elapsed));
        }
    }
}
