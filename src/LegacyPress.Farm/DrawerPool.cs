using System.Collections.Concurrent;
using LegacyPress.Render.Frames;

namespace LegacyPress.Farm;

/// <summary>
/// Frame drawers of one cut for a worker's threads: a piece takes one, and hands it back when encoded, so a worker
/// with N threads opens the cut's stills at most N times however many pieces it renders.
/// </summary>
public sealed class DrawerPool(Func<IFrameDrawer> make)
{
    private readonly ConcurrentBag<IFrameDrawer> idle = [];
    private volatile bool retired;

    public Lease Take() => new(this, idle.TryTake(out var drawer) ? drawer : make());

    public void Retire()
    {
        retired = true;
        while (idle.TryTake(out var drawer))
        {
            (drawer as IDisposable)?.Dispose();
        }
    }

    private void Return(IFrameDrawer drawer)
    {
        if (retired)
        {
            (drawer as IDisposable)?.Dispose();
            return;
        }
        idle.Add(drawer);
    }

    /// <summary>A drawer taken from the pool; disposing the lease hands it back.</summary>
    public sealed class Lease(DrawerPool pool, IFrameDrawer drawer) : IDisposable
    {
        public IFrameDrawer Drawer { get; } = drawer;

        public void Dispose() => pool.Return(Drawer);
    }
}
