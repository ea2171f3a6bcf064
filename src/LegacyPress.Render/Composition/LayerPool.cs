using System.Collections.Concurrent;
using LegacyPress.Render.Frames;
using SkiaSharp;

namespace LegacyPress.Render.Composition;

/// <summary>
/// Reusable frame-sized offscreen surfaces for transition layers, so a transition frame allocates nothing.
/// At most two per drawing thread exist at once.
/// </summary>
public sealed class LayerPool(SKSizeI frameSize) : IDisposable
{
    private readonly ConcurrentBag<RasterFrame> idle = new();

    public Layer Rent()
    {
        if (!idle.TryTake(out var frame))
        {
            frame = new RasterFrame(frameSize.Width, frameSize.Height);
        }
        frame.Canvas.ResetMatrix();
        return new Layer(this, frame);
    }

    public void Dispose()
    {
        while (idle.TryTake(out var frame))
        {
            frame.Dispose();
        }
    }

    /// <summary>A rented surface; disposing it gives it back.</summary>
    public readonly struct Layer : IDisposable
    {
        private readonly LayerPool pool;
        private readonly RasterFrame frame;

        internal Layer(LayerPool pool, RasterFrame frame)
        {
            this.pool = pool;
            this.frame = frame;
        }

        public SKCanvas Canvas => frame.Canvas;

        /// <summary>The layer's pixels, after every canvas draw so far has landed in them; later canvas draws see what is written here.</summary>
        public BgraPixels Pixels() => BgraPixels.Of(frame);

        /// <summary>The layer's picture; it shares the pixels until the layer is drawn on again.</summary>
        public SKImage Snapshot() => frame.Snapshot();

        public void Dispose() => pool.idle.Add(frame);
    }
}
