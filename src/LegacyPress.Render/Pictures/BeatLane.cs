using LegacyPress.Core.Planning;
using SkiaSharp;
using static LegacyPress.Render.Pictures.PictureInk;

namespace LegacyPress.Render.Pictures;

/// <summary>
/// timeline.png's lane under the music (issue 18): the beat grid (short ticks), bars (tall ticks), markers (flags,
/// named; the music's detected section changes dashed) and every cut as a brass mark, filled where it sits on the
/// music, hollow where it stayed — so a film-maker sees at a glance which cuts land on the beat.
/// </summary>
internal static class BeatLane
{
    /// <summary>Beats closer than this on the picture are left out (a long film at this width): bars still show.</summary>
    private const float MinimumBeatSpacingPixels = 3;

    public static void Draw(SKCanvas canvas, Timeline timeline, (float Top, float Height) lane, Func<double, float> x, SKFont font)
    {
        var grid = timeline.Music;
        var bottom = lane.Top + lane.Height;
        if (grid.IsEmpty)
        {
            using var dim = Fill(Dim);
            canvas.DrawText("no music analysed", x(0) + 6, lane.Top + (lane.Height / 2) + 5, SKTextAlign.Left, font, dim);
            return;
        }
        if (grid.Beats.Count > 1 && x(grid.Beats[1]) - x(grid.Beats[0]) >= MinimumBeatSpacingPixels)
        {
            using var beat = Stroke(Violet.WithAlpha(110), 1);
            foreach (var t in grid.Beats)
            {
                canvas.DrawLine(x(t), bottom - 10, x(t), bottom - 2, beat);
            }
        }
        using var bar = Stroke(Violet, 1.5f);
        foreach (var t in grid.Bars)
        {
            canvas.DrawLine(x(t), bottom - 20, x(t), bottom - 2, bar);
        }
        using var named = Stroke(Ink, 1.5f);
        using var detected = new SKPaint { Color = Dim, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.5f, PathEffect = SKPathEffect.CreateDash([4, 3], 0) };
        using var label = Fill(Ink);
        foreach (var marker in grid.Markers)
        {
            canvas.DrawLine(x(marker.Seconds), lane.Top + 2, x(marker.Seconds), bottom - 2, marker.Detected ? detected : named);
            if (!marker.Detected)
            {
                canvas.DrawText(marker.Name, x(marker.Seconds) + 4, lane.Top + 14, SKTextAlign.Left, font, label);
            }
        }
        using var onBeat = Fill(Brass);
        using var off = Stroke(Brass, 1.5f);
        foreach (var cut in timeline.Cuts)
        {
            var cx = x(cut.Seconds);
            using var builder = new SKPathBuilder();
            builder.MoveTo(cx - 5, lane.Top + 2);
            builder.LineTo(cx + 5, lane.Top + 2);
            builder.LineTo(cx, lane.Top + 11);
            builder.Close();
            using var mark = builder.Detach();
            canvas.DrawPath(mark, cut.GridSeconds is not null ? onBeat : off);
        }
    }
}
