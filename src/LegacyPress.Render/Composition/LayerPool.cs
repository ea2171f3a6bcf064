using System.Collections.Concurrent;
using SkiaSharp;

namespace LegacyPress.Render.Composition;

/// <summary>
/// Reusable frame-sized offscreen surfaces for transition layers, so a transition frame allocates nothing.
/// At most two per drawing thread exist at once.
/// </summary>
public sealed class LayerPool(SKSizeI frameSize) : IDisposable
{
    private readonly ConcurrentBag<SKSurface> idle = new();

    public Layer Rent()
    {
        if (!idle.TryTake(out var surface))
        {
            surface = SKSurface.Create(new SKImageInfo(frameSize.Width, frameSize.Height, SKColorType.Bgra8888, SKAlphaType.Premul))
                ?? throw new InvalidOperationException($"cannot allocate a {frameSize.Width}x{frameSize.Height} layer");
        }
        surface.Canvas.ResetMatrix();
        return new Layer(this, surface);
    }

    public void Dispose()
    {
        while (idle.TryTake(out var surface))
        {
            surface.Dispose();
        }
    }

    /// <summary>A rented surface; disposing it gives it back.</summary>
    public readonly struct Layer : IDisposable
    {
        private readonly LayerPool pool;

        internal Layer(LayerPool pool, SKSurface surface)
        {
            this.pool = pool;
            Surface = surface;
        }

        public SKSurface Surface { get; }

        public SKCanvas Canvas => Surface.Canvas;

        public void Dispose() => pool.idle.Add(Surface);
    }
}
