using System.Collections.Concurrent;
using SkiaSharp;

namespace LegacyPress.Render.Composition;

/// <summary>
/// Reusable frame-sized offscreen surfaces for transition layers, so a transition frame allocates nothing.
/// At most two per drawing thread exist at once.
/// </summary>
public sealed class LayerPool(SKSizeI frameSize) : IDisposable
{
    private readonly ConcurrentBag<Pooled> idle = new();

    public Layer Rent()
    {
        if (!idle.TryTake(out var pooled))
        {
            var surface = SKSurface.Create(new SKImageInfo(frameSize.Width, frameSize.Height, SKColorType.Bgra8888, SKAlphaType.Premul))
                ?? throw new InvalidOperationException($"cannot allocate a {frameSize.Width}x{frameSize.Height} layer");
            pooled = new Pooled(surface, surface.PeekPixels());
        }
        pooled.Surface.Canvas.ResetMatrix();
        return new Layer(this, pooled);
    }

    public void Dispose()
    {
        while (idle.TryTake(out var pooled))
        {
            pooled.Pixmap.Dispose();
            pooled.Surface.Dispose();
        }
    }

    /// <summary>A layer's surface and the view of its pixels, made once with it.</summary>
    internal sealed record Pooled(SKSurface Surface, SKPixmap Pixmap);

    /// <summary>A rented surface; disposing it gives it back.</summary>
    public readonly struct Layer : IDisposable
    {
        private readonly LayerPool pool;
        private readonly Pooled pooled;

        internal Layer(LayerPool pool, Pooled pooled)
        {
            this.pool = pool;
            this.pooled = pooled;
        }

        public SKSurface Surface => pooled.Surface;

        public SKCanvas Canvas => pooled.Surface.Canvas;

        /// <summary>The layer's pixels, after every canvas draw so far has landed in them; later canvas draws see what is written here.</summary>
        public BgraPixels Pixels()
        {
            Canvas.Flush();
            return BgraPixels.Of(pooled.Pixmap);
        }

        public void Dispose() => pool.idle.Add(pooled);
    }
}
