using LegacyPress.Core.Planning;
using SkiaSharp;

namespace LegacyPress.Render.Composition;

/// <summary>
/// Shots whose camera does not move (a hold: the same framing at start and end) show the same picture on every frame,
/// so it is painted once and blitted after (~1 ms instead of a filtered full-frame draw). Only the few most recent are
/// kept — frames are drawn roughly in film order — so memory stays a handful of frames. Thread-safe: a picture pushed
/// out while another thread still blits it is disposed by the last one to let go of it.
/// </summary>
public sealed class HeldShotPictures(SKSizeI frameSize, int keep = 3) : IDisposable
{
    private readonly object gate = new();
    private readonly LinkedList<Entry> recent = new();

    public static bool Holds(ShotSegment shot) => shot.Motion.Start == shot.Motion.End;

    /// <summary>Draws the held shot's picture, painting it with <paramref name="paint"/> the first time.</summary>
    public void Draw(SKCanvas canvas, ShotSegment shot, Action<SKCanvas> paint)
    {
        Entry entry;
        lock (gate)
        {
            entry = recent.FirstOrDefault(e => ReferenceEquals(e.Shot, shot)) ?? Add(shot, paint);
            entry.Users++;
        }
        try
        {
            FramePicture.Blit(canvas, entry.Picture.Value);
        }
        finally
        {
            lock (gate)
            {
                entry.Users--;
                entry.DisposeIfUnused();
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            foreach (var entry in recent)
            {
                entry.Evicted = true;
                entry.DisposeIfUnused();
            }
            recent.Clear();
        }
    }

    private Entry Add(ShotSegment shot, Action<SKCanvas> paint)
    {
        var entry = new Entry(shot, new Lazy<SKImage>(() => FramePicture.Of(frameSize, SKColors.Black, paint)));
        recent.AddFirst(entry);
        while (recent.Count > keep)
        {
            var old = recent.Last!.Value;
            recent.RemoveLast();
            old.Evicted = true;
            old.DisposeIfUnused();
        }
        return entry;
    }

    private sealed class Entry(ShotSegment shot, Lazy<SKImage> picture)
    {
        public ShotSegment Shot { get; } = shot;

        public Lazy<SKImage> Picture { get; } = picture;

        public int Users { get; set; }

        public bool Evicted { get; set; }

        public void DisposeIfUnused()
        {
            if (Evicted && Users == 0 && Picture.IsValueCreated)
            {
                Picture.Value.Dispose();
            }
        }
    }
}
