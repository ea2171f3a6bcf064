using LegacyPress.Core.Captions;
using LegacyPress.Core.Model;
using LegacyPress.Render.Frames;
using LegacyPress.Render.Text;
using SkiaSharp;

namespace LegacyPress.Render.Composition;

/// <summary>
/// Burns the film's captions into the picture (<c>captions: burn</c>): a decorator over any drawer, so the same
/// cues that are written to film.srt appear on screen, bottom-centred on a translucent band, sized to the frame.
/// Styled for legibility rather than elegance: medium-weight sans, white on 60% black, inside the title-safe area.
/// </summary>
public sealed class BurnedCaptionsDrawer : IFrameDrawer, IDisposable
{
    private readonly IFrameDrawer inner;
    private readonly IReadOnlyList<CaptionCue> cues;
    private readonly FontLibrary fonts;
    private readonly TextShaper shaper;

    public BurnedCaptionsDrawer(IFrameDrawer inner, IReadOnlyList<CaptionCue> cues)
    {
        this.inner = inner;
        this.cues = cues;
        fonts = FontLibrary.LoadShipped();
        shaper = new TextShaper(fonts);
    }

    public int WidthPixels => inner.WidthPixels;

    public int HeightPixels => inner.HeightPixels;

    public FrameRate FrameRate => inner.FrameRate;

    public int FrameCount => inner.FrameCount;

    public bool CoversFrame => inner.CoversFrame;

    public void Draw(int frameIndex, SKCanvas canvas)
    {
        inner.Draw(frameIndex, canvas);
        DrawCueAt(frameIndex, canvas);
    }

    /// <summary>The inner drawer's picture (graded in place, if it grades), then the caption over it.</summary>
    public void Render(int frameIndex, RasterFrame frame)
    {
        inner.Render(frameIndex, frame);
        DrawCueAt(frameIndex, frame.Canvas);
    }

    /// <summary>The inner drawer's bands on a frame with no caption; a caption needs the canvas.</summary>
    public IFrameBands? BandsOf(int frameIndex) => CueAt(frameIndex) is null ? inner.BandsOf(frameIndex) : null;

    private void DrawCueAt(int frameIndex, SKCanvas canvas)
    {
        if (CueAt(frameIndex) is { } cue)
        {
            DrawCue(canvas, cue);
        }
    }

    private CaptionCue? CueAt(int frameIndex)
    {
        var seconds = FrameRate.Seconds(frameIndex);
        return cues.FirstOrDefault(c => seconds >= c.StartSeconds && seconds < c.EndSeconds);
    }

    private void DrawCue(SKCanvas canvas, CaptionCue cue)
    {
        // Sized from the shorter side so vertical and square frames get the same readable text as landscape ones.
        var size = Math.Min(WidthPixels, HeightPixels) * 0.045f;
        var typeface = fonts.Get(FontRole.BodyMedium);
        var lines = cue.Lines.Select(l => shaper.Shape(l, typeface, size)).ToList();
        var lineHeight = size * 1.3f;
        var padding = size * 0.4f;
        var bottom = HeightPixels * 0.92f;
        var top = bottom - lines.Count * lineHeight - padding;
        var width = lines.Max(l => l.WidthPixels) + 2 * padding;
        var centre = WidthPixels / 2f;
        using (var band = new SKPaint { Color = new SKColor(0, 0, 0, 153), IsAntialias = true })
        {
            canvas.DrawRoundRect(new SKRect(centre - width / 2, top - padding, centre + width / 2, bottom), size * 0.2f, size * 0.2f, band);
        }
        using var ink = new SKPaint { Color = SKColors.White, IsAntialias = true };
        for (var i = 0; i < lines.Count; i++)
        {
            lines[i].Draw(canvas, centre, top + (i + 1) * lineHeight - (lineHeight - size) / 2, SKTextAlign.Center, ink);
        }
    }

    public void Dispose()
    {
        (inner as IDisposable)?.Dispose();
        shaper.Dispose();
        fonts.Dispose();
    }
}
