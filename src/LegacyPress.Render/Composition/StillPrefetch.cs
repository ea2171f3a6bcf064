using LegacyPress.Core.Planning;

namespace LegacyPress.Render.Composition;

/// <summary>
/// Decodes the stills of shots coming up a few seconds ahead of the frames being drawn, on the thread pool. A still
/// costs ~200 ms to decode and pre-scale; decoded on the drawing thread when its shot starts, x264 runs dry meanwhile
/// (its lookahead cannot encode a frame until 40 more have come) and one core idles. Decoded ahead, the work overlaps
/// the encode instead. Best effort: a still that fails to decode here is decoded, and its error reported, when drawn.
/// </summary>
internal sealed class StillPrefetch(IReadOnlyList<ShotSegment> shots, StillLibrary stills, int framesAhead) : IDisposable
{
    private readonly HashSet<string> requested = new(StringComparer.Ordinal);
    private readonly List<Task> pending = [];
    private bool disposed;

    /// <summary>Starts decoding the stills of shots that begin after <paramref name="frameIndex"/> and within <c>framesAhead</c> of it.</summary>
    public void Ahead(int frameIndex)
    {
        foreach (var shot in shots)
        {
            if (shot.StartFrame <= frameIndex || shot.StartFrame > frameIndex + framesAhead)
            {
                continue;
            }
            var path = shot.Shot.ImagePath;
            lock (requested)
            {
                if (disposed || !requested.Add(path))
                {
                    continue;
                }
                pending.RemoveAll(t => t.IsCompleted);
                pending.Add(Task.Run(() => Decode(path)));
            }
        }
    }

    /// <summary>Waits for decodes under way, so none finishes into a library that is gone.</summary>
    public void Dispose()
    {
        Task[] running;
        lock (requested)
        {
            disposed = true;
            running = [.. pending];
        }
        Task.WaitAll(running);
    }

    private void Decode(string path)
    {
        try
        {
            using var lease = stills.Rent(path);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Reported when the shot is drawn (the library does not cache a failed decode).
        }
    }
}
