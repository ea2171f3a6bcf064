using System.Collections.Concurrent;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Films;
using LegacyPress.Render.Media;
using SkiaSharp;

namespace LegacyPress.Promo.Drawing;

/// <summary>
/// The pictures promo layers draw: a shot's still, a frame of the rendered film (through the same
/// <see cref="FrameDrawerFactory"/> the renderer uses) or a project file. Each is decoded once and shared
/// by every asset of the run, and only through <see cref="CheckedImage"/> (inside the project, a regular file, within
/// the size limits from its header). Thread-safe.
/// </summary>
public sealed class PromoImages(Film film, Timeline timeline, FrameDrawerFactory frames) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<SKImage>> cache = new(StringComparer.Ordinal);

    public Shot? FindShot(string id) => film.Shots.FirstOrDefault(s => s.Id == id);

    /// <summary>A shot's still, decoded at full resolution.</summary>
    /// <exception cref="ImageRefusedException">The still is not a picture within the limits (the loader refuses these first).</exception>
    public SKImage Shot(Shot shot) => Cached("shot:" + shot.Id, () => Decode(shot.ImagePath));

    /// <summary>A project file (PNG, JPEG or WebP) at <paramref name="fullPath"/>, decoded.</summary>
    /// <exception cref="ImageRefusedException">It is outside the project, not a regular file, not a picture or too large.</exception>
    public SKImage File(string fullPath) => Cached("file:" + fullPath, () => Decode(Path.GetRelativePath(film.Project.Directory, fullPath)));

    /// <summary>The film's frame nearest <paramref name="seconds"/>, drawn at the release master's size.</summary>
    public SKImage Frame(double seconds)
    {
        var index = FrameIndex(seconds);
        return Cached($"frame:{index}", () =>
        {
            var drawer = frames(film, timeline, RenderPresets.Final);
            try
            {
                return StillRenderer.Draw(drawer, index);
            }
            finally
            {
                (drawer as IDisposable)?.Dispose();
            }
        });
    }

    /// <summary>The shot on screen at <paramref name="seconds"/> (for its focus point), if any.</summary>
    public Shot? ShotAt(double seconds)
    {
        var index = FrameIndex(seconds);
        return timeline.Shots.LastOrDefault(s => s.StartFrame <= index && index < s.EndFrame)?.Shot;
    }

    public void Dispose()
    {
        foreach (var image in cache.Values.Where(l => l.IsValueCreated))
        {
            image.Value.Dispose();
        }
        cache.Clear();
    }

    private int FrameIndex(double seconds) => timeline.NearestFrame(seconds);

    private SKImage Cached(string key, Func<SKImage> load) =>
        cache.GetOrAdd(key, _ => new Lazy<SKImage>(load, LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private SKImage Decode(string relativePath)
    {
        using var image = CheckedImage.Open(film.Project.Directory, relativePath);
        return image.Decode();
    }
}
