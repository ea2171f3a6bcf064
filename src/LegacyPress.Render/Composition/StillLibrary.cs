using LegacyPress.Render.Media;
using SkiaSharp;

namespace LegacyPress.Render.Composition;

/// <summary>How much detail a still must keep: the most frame pixels one source pixel becomes anywhere in the film.</summary>
public delegate double StillDetail(string imagePath, PixelSize sourceSize);

/// <summary>
/// Decodes each still once, upright and scaled to the detail the film needs (JPEG DCT scaling, then one
/// high-quality resample), so per-frame drawing never samples a 4K source. Safe for concurrent use. Stills not in use
/// are dropped, least recently used first, once the cache holds more than its byte budget; memory stays flat
/// however long the film.
/// </summary>
public sealed class StillLibrary : IDisposable
{
    public const long DefaultByteBudget = 384L * 1024 * 1024;

    /// <summary>Decoded detail beyond what the film needs: a little headroom keeps sub-pixel moves crisp.</summary>
    public const double Oversampling = 1.15;

    private readonly Func<string, string> resolvePath;
    private readonly StillDetail detail;
    private readonly SKSizeI frameSize;
    private readonly long byteBudget;
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private long clock;
    private bool disposed;

    /// <param name="resolvePath">Turns an image path as written in film.yaml into a file path.</param>
    public StillLibrary(Func<string, string> resolvePath, StillDetail detail, SKSizeI frameSize, long byteBudget = DefaultByteBudget)
    {
        this.resolvePath = resolvePath;
        this.detail = detail;
        this.frameSize = frameSize;
        this.byteBudget = byteBudget;
    }

    /// <summary>The number of stills decoded and held right now.</summary>
    public int LoadedCount
    {
        get
        {
            lock (entries)
            {
                return entries.Values.Count(e => e.Still.IsValueCreated);
            }
        }
    }

    /// <summary>
    /// The still for <paramref name="imagePath"/>, decoded on first use. It stays valid until the lease is disposed.
    /// </summary>
    /// <exception cref="ImageRefusedException">The file cannot be read or decoded, or is larger than the limits.</exception>
    public StillLease Rent(string imagePath)
    {
        Entry entry;
        lock (entries)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (!entries.TryGetValue(imagePath, out entry!))
            {
                entry = new Entry(new Lazy<Still>(() => Load(imagePath), LazyThreadSafetyMode.ExecutionAndPublication));
                entries.Add(imagePath, entry);
            }
            entry.Leases++;
            entry.LastUse = ++clock;
        }
        try
        {
            return new StillLease(this, entry, entry.Still.Value);
        }
        catch
        {
            Return(entry);
            lock (entries)
            {
                // A failed decode is not cached: the next frame reports it again rather than a stale exception.
                entries.Remove(imagePath);
            }
            throw;
        }
    }

    public void Dispose()
    {
        lock (entries)
        {
            disposed = true;
            foreach (var entry in entries.Values.Where(e => e.Still.IsValueCreated))
            {
                entry.Still.Value.Dispose();
            }
            entries.Clear();
        }
    }

    private void Return(Entry entry)
    {
        lock (entries)
        {
            entry.Leases--;
            if (!disposed)
            {
                Trim();
            }
        }
    }

    /// <summary>Drops idle stills, oldest use first, until the loaded ones fit the budget.</summary>
    private void Trim()
    {
        var loaded = entries.Where(e => e.Value.Still.IsValueCreated).ToList();
        var bytes = loaded.Sum(e => e.Value.Still.Value.Bytes);
        foreach (var (path, entry) in loaded.Where(e => e.Value.Leases == 0).OrderBy(e => e.Value.LastUse))
        {
            if (bytes <= byteBudget)
            {
                break;
            }
            bytes -= entry.Still.Value.Bytes;
            entry.Still.Value.Dispose();
            entries.Remove(path);
        }
    }

    private Still Load(string imagePath)
    {
        using var image = Open(imagePath);
        var codec = image.Codec;
        var origin = codec.EncodedOrigin;
        var rotated = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var stored = codec.Info.Size;
        var upright = rotated ? new SKSizeI(stored.Height, stored.Width) : stored;
        var sourceSize = new PixelSize(upright.Width, upright.Height);

        var scale = Math.Min(1, detail(imagePath, sourceSize) * Oversampling);
        var target = new SKSizeI(Math.Max(1, (int)Math.Ceiling(upright.Width * scale)), Math.Max(1, (int)Math.Ceiling(upright.Height * scale)));

        // The bitmap owns the decoded pixels: it must outlive every use of the image that borrows them.
        using var pixels = image.DecodeScaled((float)scale).Bitmap;
        using var decoded = SKImage.FromBitmap(pixels) ?? throw new InvalidDataException($"{imagePath}: cannot decode the image");
        using var surface = SKSurface.Create(new SKImageInfo(target.Width, target.Height, SKColorType.Bgra8888, SKAlphaType.Opaque))
            ?? throw new InvalidOperationException($"cannot allocate a {target.Width}x{target.Height} still");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Black);
        // Stored pixels -> upright pixels -> target size.
        canvas.Scale((float)target.Width / upright.Width, (float)target.Height / upright.Height);
        canvas.Concat(UprightMatrix(origin, stored));
        canvas.Scale((float)stored.Width / decoded.Width, (float)stored.Height / decoded.Height);
        var ratio = Math.Min((double)target.Width / (rotated ? decoded.Height : decoded.Width), 1);
        // Cubic keeps detail for mild reductions; a large one would alias under cubic, so average through mipmaps.
        var sampling = ratio >= 0.5 ? new SKSamplingOptions(SKCubicResampler.Mitchell) : new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear);
        using var paint = new SKPaint();
        canvas.DrawImage(decoded, 0, 0, sampling, paint);
        return new Still(surface.Snapshot(), sourceSize, frameSize);
    }

    /// <summary>
    /// The still's file through the guarded path. check refuses the same at the image's line; a caller that skipped it
    /// still gets the reason (with the film's path for it, and the limit), never an allocation failure.
    /// </summary>
    private CheckedImage Open(string imagePath)
    {
        try
        {
            return CheckedImage.Open(resolvePath(imagePath));
        }
        catch (ImageRefusedException e)
        {
            throw new ImageRefusedException(imagePath, e.Reason);
        }
    }

    /// <summary>The map from stored pixels to upright pixels for an EXIF orientation.</summary>
    private static SKMatrix UprightMatrix(SKEncodedOrigin origin, SKSizeI stored)
    {
        float w = stored.Width, h = stored.Height;
        return origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
    }

    internal sealed class Entry(Lazy<Still> still)
    {
        public Lazy<Still> Still { get; } = still;

        public int Leases { get; set; }

        public long LastUse { get; set; }
    }

    /// <summary>A still in use; disposing it lets the library drop the still when memory is short.</summary>
    public readonly struct StillLease : IDisposable
    {
        private readonly StillLibrary library;
        private readonly Entry entry;

        internal StillLease(StillLibrary library, Entry entry, Still still)
        {
            this.library = library;
            this.entry = entry;
            Still = still;
        }

        public Still Still { get; }

        public void Dispose() => library.Return(entry);
    }
}
