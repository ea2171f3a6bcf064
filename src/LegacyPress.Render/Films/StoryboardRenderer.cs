using System.Globalization;
using LegacyPress.Core.Files;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Encoding;
using SkiaSharp;

namespace LegacyPress.Render.Films;

/// <summary>
/// A contact sheet of the film: one thumbnail per shot (the shot at rest, its still framed around its focus point,
/// drawn by the film's drawer) in a grid, labelled with the shot id, its start–end times and the first words of its narration.
/// </summary>
public sealed class StoryboardRenderer(FrameDrawerFactory drawers)
{
    private const int MaxColumns = 4;
    private const int ThumbWidth = 384;
    private const int Gap = 16;
    private const int LabelHeight = 74;
    private const int HeaderHeight = 56;

    /// <summary>Thumbnails are drawn within this many pixels a side: the preview size for a 16:9 film.</summary>
    private const int DrawPixels = 640;

    /// <summary>A thumbnail's cell is at most this much taller than wide; a taller film is drawn inside it, pillarboxed.</summary>
    private const double MaxCellAspect = 16.0 / 9;

    /// <summary>
    /// Draws each thumbnail at <paramref name="preset"/>, or unless given at the film's own output shape made small
    /// (a vertical film's storyboard is vertical, reframed like its render), and writes the sheet; returns the shot count.
    /// </summary>
    public int RenderPng(Film film, Timeline timeline, string pngPath, RenderPreset? preset = null, OutputStreamFactory? streams = null)
    {
        preset ??= Small(RenderPresets.For(film.Output));
        // Every caller shows the same sheet: what a shot is, not where its camera happens to be halfway through a move.
        timeline = TimelineViews.AtRest(timeline);
        var shots = timeline.Shots.ToList();
        var drawer = drawers(film, timeline, preset);
        var thumbs = new SKImage[shots.Count];
        try
        {
            FilmRenderer.CheckDrawer(drawer, preset, timeline.TotalFrames);
            Parallel.For(0, shots.Count, i => thumbs[i] = StillRenderer.Draw(drawer, shots[i].StartFrame + shots[i].FrameCount / 2));
            using var sheet = Compose(film, timeline, shots, thumbs, (double)preset.HeightPixels / preset.WidthPixels);
            StillRenderer.WritePng(sheet, pngPath, streams);
        }
        finally
        {
            foreach (var thumb in thumbs)
            {
                thumb?.Dispose();
            }
            (drawer as IDisposable)?.Dispose();
        }
        return shots.Count;
    }

    /// <summary>The preset's shape, reframing and encoder within <see cref="DrawPixels"/> a side, in even pixels.</summary>
    private static RenderPreset Small(RenderPreset preset)
    {
        var scale = Math.Min(1.0 * DrawPixels / preset.WidthPixels, 1.0 * DrawPixels / preset.HeightPixels);
        int Even(int pixels) => Math.Max(2, (int)Math.Round(pixels * scale / 2) * 2);
        return preset with { Size = preset.Size with { WidthPixels = Even(preset.WidthPixels), HeightPixels = Even(preset.HeightPixels) } };
    }

    private static SKImage Compose(Film film, Timeline timeline, IReadOnlyList<ShotSegment> shots, SKImage[] thumbs, double aspect)
    {
        var thumbHeight = (int)Math.Round(ThumbWidth * Math.Min(aspect, MaxCellAspect));
        var columns = Math.Clamp(shots.Count, 1, MaxColumns);
        var rows = Math.Max(1, (shots.Count + columns - 1) / columns);
        var width = Gap + columns * (ThumbWidth + Gap);
        var height = HeaderHeight + rows * (thumbHeight + LabelHeight + Gap) + Gap;

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul))!;
        var canvas = surface.Canvas;
        canvas.Clear(SheetInk.Background);
        using var ink = new SheetInk(26);

        canvas.DrawText(film.Metadata.Title, Gap, 38, SKTextAlign.Left, ink.Title, ink.White);
        canvas.DrawText($"{shots.Count} shots · {Clock(timeline.RuntimeSeconds)}", width - Gap, 38, SKTextAlign.Right, ink.Text, ink.Grey);

        for (var i = 0; i < shots.Count; i++)
        {
            var shot = shots[i];
            var x = Gap + i % columns * (ThumbWidth + Gap);
            var y = HeaderHeight + i / columns * (thumbHeight + LabelHeight + Gap);
            var drawnWidth = (float)Math.Min(ThumbWidth, thumbHeight / aspect);
            var left = x + (ThumbWidth - drawnWidth) / 2;
            canvas.DrawImage(thumbs[i], new SKRect(left, y, left + drawnWidth, y + thumbHeight), SheetInk.Sampling);

            var line = y + thumbHeight + 20;
            canvas.DrawText(shot.Shot.Id, x, line, SKTextAlign.Left, ink.Id, ink.White);
            var times = $"{Clock(timeline.Seconds(shot.StartFrame))}–{Clock(timeline.Seconds(shot.EndFrame))}";
            canvas.DrawText(times, x + ThumbWidth, line, SKTextAlign.Right, ink.Text, ink.Grey);
            var narration = shot.Shot.Narration?.Text;
            foreach (var (text, k) in Wrap(narration ?? "", ink.Text, ThumbWidth, maxLines: 2).Select((t, k) => (t, k)))
            {
                canvas.DrawText(text, x, line + 20 + k * 18, SKTextAlign.Left, ink.Text, ink.Grey);
            }
        }
        return surface.Snapshot();
    }

    /// <summary>Words laid into at most <paramref name="maxLines"/> lines of <paramref name="width"/>, the last cut with an ellipsis.</summary>
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float width, int maxLines)
    {
        var words = text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var current = "";
        var i = 0;
        for (; i < words.Length; i++)
        {
            var candidate = current.Length == 0 ? words[i] : current + " " + words[i];
            if (font.MeasureText(candidate) <= width || current.Length == 0)
            {
                current = candidate;
                continue;
            }
            lines.Add(current);
            current = words[i];
            if (lines.Count == maxLines)
            {
                break;
            }
        }
        if (lines.Count < maxLines && current.Length > 0)
        {
            lines.Add(current);
            current = "";
            i = words.Length;
        }
        if (i < words.Length && lines.Count > 0)
        {
            var last = lines[^1];
            while (last.Length > 1 && font.MeasureText(last + "…") > width)
            {
                last = last[..^1];
            }
            lines[^1] = last.TrimEnd() + "…";
        }
        return lines;
    }

    private static string Clock(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Max(0, seconds));
        return t.ToString(t.TotalHours >= 1 ? @"h\:mm\:ss\.f" : @"m\:ss\.f", CultureInfo.InvariantCulture);
    }
}
