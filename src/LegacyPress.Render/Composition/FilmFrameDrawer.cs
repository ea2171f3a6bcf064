using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Composition.Transitions;
using LegacyPress.Render.Frames;
using LegacyPress.Render.Look;
using SkiaSharp;

namespace LegacyPress.Render.Composition;

/// <summary>
/// Composes the film's frames: each frame's segment from the planned <see cref="Timeline"/> (a shot following its
/// camera move, or a card), and in a planned overlap both segments drawn at frame size and handed to the
/// transition. Safe to call from several threads at once. Owns (and disposes) the card artist it is given.
/// </summary>
public sealed class FilmFrameDrawer : IFrameDrawer, IDisposable
{
    /// <summary>How far ahead of the frames drawn a coming shot's still is decoded (see <see cref="StillPrefetch"/>).</summary>
    private const double PrefetchSeconds = 3;

    private readonly Timeline timeline;
    private readonly ICardArtist cards;
    private readonly FrameSchedule schedule;
    private readonly StillLibrary stills;
    private readonly ShotPainter shots;
    private readonly LayerPool layers;
    private readonly HeldShotPictures holds;
    private readonly StillPrefetch prefetch;
    private readonly IReadOnlyDictionary<string, CubeGrader> grades;
    private readonly SKSizeI size;

    public FilmFrameDrawer(Film film, Timeline timeline, int widthPixels, int heightPixels, FilmFrameOptions options, ICardArtist cards)
    {
        this.timeline = timeline;
        this.cards = cards;
        size = new SKSizeI(widthPixels, heightPixels);
        schedule = new FrameSchedule(timeline);
        stills = new StillLibrary(path => Path.IsPathRooted(path) ? path : film.Project.Resolve(path), DetailFor(timeline, size), size, options.StillCacheBytes);
        shots = new ShotPainter(stills, size, options.ReframeVertical);
        layers = new LayerPool(size);
        holds = new HeldShotPictures(size);
        grades = options.ShotGrades;
        prefetch = new StillPrefetch(timeline.Shots.ToList(), stills, (int)Math.Ceiling(timeline.FrameRate.FramesPerSecond * PrefetchSeconds));
    }

    public int WidthPixels => size.Width;

    public int HeightPixels => size.Height;

    public FrameRate FrameRate => timeline.FrameRate;

    public int FrameCount => timeline.TotalFrames;

    /// <summary>Shots fill the frame (cover draws the whole rect, contain its backdrop first), cards their ground; blends clear first.</summary>
    public bool CoversFrame => true;

    public void Draw(int frameIndex, SKCanvas canvas)
    {
        prefetch.Ahead(frameIndex);
        switch (schedule.At(frameIndex))
        {
            case FrameContent.Single single:
                Paint(canvas, default, single.Segment, frameIndex);
                break;
            case FrameContent.Blend blend:
                using (var outgoing = layers.Rent())
                using (var incoming = layers.Rent())
                {
                    Paint(outgoing.Canvas, outgoing.Pixels(), blend.Outgoing, frameIndex);
                    Paint(incoming.Canvas, incoming.Pixels(), blend.Incoming, frameIndex);
                    // Snapshots share the layers' pixels; they are gone before the layers are drawn on again.
                    using var from = outgoing.Snapshot();
                    using var to = incoming.Snapshot();
                    var frame = new TransitionFrame(from, to, size, (float)blend.Progress, SeedOf(blend.Span));
                    // Moving layers (push, zoom-through) leave seams a fraction of a pixel wide: over black, as always.
                    canvas.Clear(SKColors.Black);
                    TransitionTable.For(blend.Span.Spec.Kind).Compose(canvas, frame);
                }
                break;
        }
    }

    /// <summary>
    /// As <see cref="Draw"/>, with a single shot's still resampled straight into the frame's pixels (the same bytes
    /// as Skia's, at a fraction of its cost); everything else is drawn on the frame's canvas.
    /// </summary>
    public void Render(int frameIndex, RasterFrame frame)
    {
        prefetch.Ahead(frameIndex);
        if (schedule.At(frameIndex) is FrameContent.Single single)
        {
            Paint(frame.Canvas, BgraPixels.Of(frame), single.Segment, frameIndex);
            return;
        }
        Draw(frameIndex, frame.Canvas);
    }

    /// <summary>
    /// A single moving cover shot with no text over it at this frame, as bands: resampled and graded row by row, the
    /// bytes <see cref="Render"/> gives. Everything else (cards, holds, transitions, shot text) draws on a canvas.
    /// </summary>
    public IFrameBands? BandsOf(int frameIndex)
    {
        prefetch.Ahead(frameIndex);
        if (schedule.At(frameIndex) is not FrameContent.Single { Segment: ShotSegment shot }
            || HeldShotPictures.Holds(shot)
            || cards.ShowsShotText(size, shot, frameIndex - shot.StartFrame, timeline.FrameRate))
        {
            return null;
        }
        return shots.BandsOf(shot, frameIndex, grades.GetValueOrDefault(shot.Shot.Id));
    }

    public void Dispose()
    {
        prefetch.Dispose();
        layers.Dispose();
        holds.Dispose();
        stills.Dispose();
        cards.Dispose();
    }

    /// <summary>
    /// Paints a segment over the whole frame: every case covers every pixel, so nothing is cleared first.
    /// <paramref name="pixels"/> are the canvas's own pixels, or empty (default) when the canvas is all there is;
    /// a moving shot is resampled straight into them when it can be.
    /// </summary>
    private void Paint(SKCanvas canvas, BgraPixels pixels, Segment segment, int frameIndex)
    {
        switch (segment)
        {
            case ShotSegment shot when HeldShotPictures.Holds(shot):
                holds.Draw(canvas, shot, c => PaintStill(c, default, shot, frameIndex));
                cards.DrawShotText(canvas, size, shot, frameIndex - shot.StartFrame, timeline.FrameRate);
                break;
            case ShotSegment shot:
                PaintStill(canvas, pixels, shot, frameIndex);
                cards.DrawShotText(canvas, size, shot, frameIndex - shot.StartFrame, timeline.FrameRate);
                break;
            case CardSegment card:
                cards.DrawCard(canvas, size, card, frameIndex - card.StartFrame, timeline.FrameRate);
                break;
        }
    }

    /// <summary>
    /// Paints a shot's still (without its texts) and grades it with the shot's colour match, if it has one: the match
    /// is a pixel pass, so a shot drawn on a bare canvas is painted on a layer first.
    /// </summary>
    private void PaintStill(SKCanvas canvas, BgraPixels pixels, ShotSegment shot, int frameIndex)
    {
        var grade = grades.GetValueOrDefault(shot.Shot.Id);
        if (grade is not null && pixels.Bytes.IsEmpty)
        {
            using var layer = layers.Rent();
            PaintStill(layer.Canvas, layer.Pixels(), shot, frameIndex);
            using var graded = layer.Snapshot();
            FramePicture.Blit(canvas, graded);
            return;
        }
        if (pixels.Bytes.IsEmpty || !shots.TryPaint(pixels, shot, frameIndex))
        {
            shots.Paint(canvas, shot, frameIndex);
        }
        if (grade is not null)
        {
            canvas.Flush();
            grade.Apply(pixels);
        }
    }

    /// <summary>A seed fixed by where the transition sits in the film, so procedural transitions repeat exactly.</summary>
    private static int SeedOf(TransitionSpan span) => unchecked(span.FromIndex * 7919 + span.StartFrame);

    /// <summary>The detail each still needs: the largest scale any shot showing it reaches at this frame size.</summary>
    public static StillDetail DetailFor(Timeline timeline, SKSizeI size)
    {
        var frame = new PixelSize(size.Width, size.Height);
        var uses = timeline.Shots
            .GroupBy(s => s.Shot.ImagePath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => (s.Shot.Fit, Zoom: Math.Max(s.Motion.Start.Zoom, s.Motion.End.Zoom))).ToList(), StringComparer.Ordinal);
        return (path, source) => uses.TryGetValue(path, out var list)
            ? list.Max(u => CameraGeometry.MaxScale(source, frame, u.Fit, u.Zoom))
            : CameraGeometry.FitScale(source, frame, Fit.Cover);
    }
}
