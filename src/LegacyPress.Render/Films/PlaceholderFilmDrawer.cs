using System.Collections.Concurrent;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Frames;
using SkiaSharp;

namespace LegacyPress.Render.Films;

/// <summary>
/// A stand-in for the real composition until it lands: each shot's still, cover-fitted, following its planned
/// motion; cards as their label on black; hard cuts at transition midpoints; no look. Enough to preview timing.
/// </summary>
public sealed class PlaceholderFilmDrawer : IFrameDrawer, IDisposable
{
    private static readonly SKSamplingOptions Linear = new(SKFilterMode.Linear, SKMipmapMode.None);
    private readonly Film film;
    private readonly Timeline timeline;
    private readonly ConcurrentDictionary<string, Lazy<SKImage?>> stills = new();
    private readonly SKTypeface typeface = SystemFonts.Bold();

    public PlaceholderFilmDrawer(Film film, Timeline timeline, int widthPixels, int heightPixels)
    {
        this.film = film;
        this.timeline = timeline;
        WidthPixels = widthPixels;
        HeightPixels = heightPixels;
    }

    public int WidthPixels { get; }

    public int HeightPixels { get; }

    public double FramesPerSecond => timeline.FramesPerSecond;

    public int FrameCount => timeline.TotalFrames;

    public void Draw(int frameIndex, SKCanvas canvas)
    {
        var segment = SegmentAt(frameIndex);
        canvas.Clear(SKColors.Black);
        switch (segment)
        {
            case ShotSegment shot:
                DrawShot(shot, frameIndex, canvas);
                break;
            case CardSegment card:
                DrawCard(card.Card, canvas);
                break;
        }
    }

    public void Dispose()
    {
        foreach (var still in stills.Values.Where(l => l.IsValueCreated))
        {
            still.Value?.Dispose();
        }
        typeface.Dispose();
    }

    /// <summary>The segment on screen: in an overlap, the outgoing one until the transition's midpoint.</summary>
    private Segment SegmentAt(int frame)
    {
        var segments = timeline.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            if (frame < s.StartFrame || frame >= s.EndFrame)
            {
                continue;
            }
            var handover = timeline.Transitions.FirstOrDefault(t => t.FromIndex == s.Index);
            if (handover is not null && frame >= handover.StartFrame + handover.FrameCount / 2 && i + 1 < segments.Count)
            {
                return segments[i + 1];
            }
            return s;
        }
        return segments[^1];
    }

    private void DrawShot(ShotSegment segment, int frame, SKCanvas canvas)
    {
        var still = stills.GetOrAdd(segment.Shot.ImagePath, path => new Lazy<SKImage?>(() => Load(path))).Value;
        if (still is null)
        {
            DrawLabel(canvas, segment.Shot.Id);
            return;
        }
        var t = segment.FrameCount <= 1 ? 0 : (double)(frame - segment.StartFrame) / (segment.FrameCount - 1);
        var framing = segment.Motion.At(Math.Clamp(t, 0, 1));
        // Cover fit at zoom 1, then zoom in around the framing's centre, kept inside the still.
        var scale = Math.Max((double)WidthPixels / still.Width, (double)HeightPixels / still.Height) * Math.Max(framing.Zoom, 1e-3);
        var viewWidth = WidthPixels / scale;
        var viewHeight = HeightPixels / scale;
        var centerX = Math.Clamp(framing.CenterX * still.Width, viewWidth / 2, Math.Max(viewWidth / 2, still.Width - viewWidth / 2));
        var centerY = Math.Clamp(framing.CenterY * still.Height, viewHeight / 2, Math.Max(viewHeight / 2, still.Height - viewHeight / 2));
        var source = new SKRect((float)(centerX - viewWidth / 2), (float)(centerY - viewHeight / 2), (float)(centerX + viewWidth / 2), (float)(centerY + viewHeight / 2));
        canvas.DrawImage(still, source, new SKRect(0, 0, WidthPixels, HeightPixels), Linear);
    }

    private void DrawCard(Card card, SKCanvas canvas) => DrawLabel(canvas, card switch
    {
        Card.OpeningTitle title => title.Title,
        Card.ActTitle act => act.Title,
        Card.CreditsRoll roll => roll.Title,
        _ => card.Label,
    });

    private void DrawLabel(SKCanvas canvas, string text)
    {
        using var font = new SKFont(typeface, HeightPixels / 12f);
        using var paint = new SKPaint { Color = SKColors.White, IsAntialias = true };
        canvas.DrawText(text, WidthPixels / 2f, HeightPixels / 2f, SKTextAlign.Center, font, paint);
    }

    private SKImage? Load(string imagePath)
    {
        var path = Path.IsPathRooted(imagePath) ? imagePath : film.Project.Resolve(imagePath);
        using var data = SKData.Create(path);
        return data is null ? null : SKImage.FromEncodedData(data)?.ToRasterImage(ensurePixelData: true);
    }
}
