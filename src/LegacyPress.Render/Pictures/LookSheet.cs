using System.Globalization;
using LegacyPress.Render.Look.Colour;
using LegacyPress.Render.Look.Matching;
using SkiaSharp;
using static LegacyPress.Render.Pictures.PictureInk;

namespace LegacyPress.Render.Pictures;

/// <summary>
/// <c>look.png</c>: every shot of the film, group by group, as the film frames it — its thumbnail, its palette
/// (swatches as wide as each colour's share) and its drift from the group's reference, before and after the colour
/// match when it is matched; outliers (beyond <c>warn_delta_e</c>) framed in red; then the drift chart.
/// </summary>
public static class LookSheet
{
    private const int Width = 1600;
    private const float Margin = 28;
    private const int ThumbWidth = 224;
    private const float CardGap = 18;
    private const int Columns = 3;

    public static SKImage Draw(string title, FilmLook look)
    {
        var thumbHeight = (int)Math.Round(ThumbWidth * (double)look.CropSize.Height / look.CropSize.Width);
        var cardWidth = (Width - 2 * Margin - (Columns - 1) * CardGap) / Columns;
        var cardHeight = thumbHeight + 104;
        var groupHeights = look.Groups.Select(g => 44 + (float)Math.Ceiling(g.Shots.Count / (double)Columns) * (cardHeight + CardGap)).ToList();
        var chartHeight = DriftChart.Height;
        var height = (int)(Margin + 70 + groupHeights.Sum() + chartHeight + Margin);

        using var surface = SKSurface.Create(new SKImageInfo(Width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"cannot allocate a {Width}x{height} look sheet");
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        using var heading = Font(28, bold: true);
        using var subheading = Font(19, bold: true);
        using var small = Font(15);
        using var ink = Fill(Ink);
        using var dim = Fill(Dim);

        var matched = look.Shots.Count(s => s.After is not null);
        canvas.DrawText($"{title} — look", Margin, Margin + 28, SKTextAlign.Left, heading, ink);
        canvas.DrawText(
            $"{look.Shots.Count()} shots in {look.Groups.Count} look groups, {matched} colour-matched; drift is ΔE00 of the mean colour to the group's reference (palette distance in brackets); outliers beyond {Number(look.WarnDeltaE)} are framed in red",
            Margin, Margin + 56, SKTextAlign.Left, small, dim);

        var y = Margin + 70;
        foreach (var (group, groupHeight) in look.Groups.Zip(groupHeights))
        {
            var reference = group.ReferenceShotId is null ? "no measurable shot" : $"reference {group.ReferenceShotId} ({(group.ReferenceNamed ? "named" : "medoid")})";
            var drift = group.Shots.Any(s => s.After is not null)
                ? $"mean drift {Number(group.MeanDriftBefore)} → {Number(group.MeanDriftShown)}"
                : $"mean drift {Number(group.MeanDriftBefore)}";
            canvas.DrawText($"{group.Name}", Margin, y + 26, SKTextAlign.Left, subheading, ink);
            canvas.DrawText($"{reference} · {drift}", Margin + 14 + subheading.MeasureText(group.Name), y + 26, SKTextAlign.Left, small, dim);
            for (var i = 0; i < group.Shots.Count; i++)
            {
                var x = Margin + i % Columns * (cardWidth + CardGap);
                var top = y + 44 + i / Columns * (cardHeight + CardGap);
                DrawCard(canvas, look, group, group.Shots[i], new SKRect(x, top, x + cardWidth, top + cardHeight), thumbHeight, small);
            }
            y += groupHeight;
        }
        DriftChart.Draw(canvas, look, new SKRect(Margin, y, Width - Margin, y + chartHeight));
        return surface.Snapshot();
    }

    private static void DrawCard(SKCanvas canvas, FilmLook look, GroupLook group, ShotLook shot, SKRect card, int thumbHeight, SKFont small)
    {
        using var lane = Fill(Lane);
        using var ink = Fill(Ink);
        using var dim = Fill(Dim);
        canvas.DrawRoundRect(card, 6, 6, lane);
        if (look.IsOutlier(shot))
        {
            using var alarm = Stroke(Alarm, 3);
            canvas.DrawRoundRect(card, 6, 6, alarm);
        }
        var left = card.Left + 10;
        var top = card.Top + 10;
        var anyMatched = group.Shots.Any(s => s.Match is not null);
        var role = shot.ShotId == group.ReferenceShotId ? "  · reference" : anyMatched && shot.Match is null ? "  · kept as it is" : "";
        canvas.DrawText(shot.ShotId + role, left, top + 14, SKTextAlign.Left, small, ink);
        top += 22;
        if (shot.Crop is null || shot.Before is null)
        {
            canvas.DrawText(shot.Problem ?? "not measured", left, top + 20, SKTextAlign.Left, small, dim);
            return;
        }
        DrawThumb(canvas, shot.Crop, look, new SKRect(left, top, left + ThumbWidth, top + thumbHeight));
        DrawSwatches(canvas, shot.Before.Palette, new SKRect(left, top + thumbHeight + 4, left + ThumbWidth, top + thumbHeight + 18));
        if (shot.After is { } after)
        {
            var x = left + ThumbWidth + 12;
            DrawThumb(canvas, after.Crop, look, new SKRect(x, top, x + ThumbWidth, top + thumbHeight));
            DrawSwatches(canvas, after.Statistics.Palette, new SKRect(x, top + thumbHeight + 4, x + ThumbWidth, top + thumbHeight + 18));
            canvas.DrawText("before", left, top + thumbHeight + 36, SKTextAlign.Left, small, dim);
            canvas.DrawText("after, matched", x, top + thumbHeight + 36, SKTextAlign.Left, small, dim);
        }
        var figures = shot.After is { } a
            ? $"drift {Describe(shot.DriftBefore)} → {Describe(a.Drift)}"
            : $"drift {Describe(shot.DriftBefore)}";
        using var alarmInk = Fill(Alarm);
        canvas.DrawText(figures, left, card.Bottom - 10, SKTextAlign.Left, small, look.IsOutlier(shot) ? alarmInk : ink);
    }

    /// <summary>The middle of the shot's three analysis frames, scaled into <paramref name="into"/>.</summary>
    private static void DrawThumb(SKCanvas canvas, byte[] crop, FilmLook look, SKRect into)
    {
        var (width, height) = ((int)look.CropSize.Width, (int)look.CropSize.Height);
        var frameBytes = width * height * 4;
        var info = new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul);
        using var data = SKData.CreateCopy(new ReadOnlySpan<byte>(crop, frameBytes, frameBytes));
        using var image = SKImage.FromPixels(info, data, width * 4);
        canvas.DrawImage(image, into, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
    }

    private static void DrawSwatches(SKCanvas canvas, Palette palette, SKRect into)
    {
        var x = into.Left;
        foreach (var entry in palette.Entries)
        {
            var w = (float)(entry.Weight * into.Width);
            var (r, g, b) = Cielab.ToSrgbBytes(entry.Colour);
            using var paint = new SKPaint { Color = new SKColor(r, g, b), Style = SKPaintStyle.Fill };
            canvas.DrawRect(x, into.Top, w, into.Height, paint);
            x += w;
        }
    }

    private static string Describe(Drift? drift) =>
        drift is { } d ? $"{Number(d.MeanDeltaE)} ({Number(d.PaletteDeltaE)})" : "—";

    public static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
