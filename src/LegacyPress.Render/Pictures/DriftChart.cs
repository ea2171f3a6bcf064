using LegacyPress.Render.Look.Matching;
using SkiaSharp;
using static LegacyPress.Render.Pictures.PictureInk;

namespace LegacyPress.Render.Pictures;

/// <summary>
/// Each shot's drift from its look group's reference as a bar, before matching (grey) and as the film shows it
/// (brass), groups side by side, with the warning threshold as a red line: the case study's "before and after".
/// </summary>
public static class DriftChart
{
    public const float Height = 300;

    /// <summary>The chart alone, for documents.</summary>
    public static SKImage Render(FilmLook look, int widthPixels = 1600)
    {
        using var surface = SKSurface.Create(new SKImageInfo(widthPixels, (int)Height + 20, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("cannot allocate the drift chart");
        surface.Canvas.Clear(Background);
        Draw(surface.Canvas, look, new SKRect(20, 10, widthPixels - 20, Height + 10));
        return surface.Snapshot();
    }

    public static void Draw(SKCanvas canvas, FilmLook look, SKRect area)
    {
        using var small = Font(14);
        using var label = Font(16, bold: true);
        using var ink = Fill(Ink);
        using var dim = Fill(Dim);
        using var before = Fill(Dim);
        using var shown = Fill(Brass);
        using var lane = Fill(Lane);
        using var alarm = Stroke(Alarm, 2);
        alarm.PathEffect = SKPathEffect.CreateDash([8, 6], 0);

        canvas.DrawText("drift from the group's reference (ΔE00 of mean colour): grey before matching, brass as the film shows it", area.Left, area.Top + 18, SKTextAlign.Left, label, ink);
        var plot = new SKRect(area.Left + 40, area.Top + 34, area.Right, area.Bottom - 40);
        canvas.DrawRect(plot, lane);

        var shots = look.Groups.SelectMany(g => g.Shots.Select(s => (Group: g.Name, Shot: s))).ToList();
        if (shots.Count == 0)
        {
            return;
        }
        var top = Math.Max(look.WarnDeltaE * 1.5, shots.Max(s => Math.Max(s.Shot.DriftBefore?.MeanDeltaE ?? 0, s.Shot.DriftShown?.MeanDeltaE ?? 0)) * 1.1);
        float Y(double deltaE) => plot.Bottom - (float)(deltaE / top * plot.Height);
        for (var tick = 0.0; tick <= top; tick += top > 30 ? 10 : 5)
        {
            canvas.DrawText(LookSheet.Number(tick), plot.Left - 6, Y(tick) + 5, SKTextAlign.Right, small, dim);
        }

        var slot = plot.Width / shots.Count;
        var bar = Math.Max(1, slot * 0.36f);
        string? group = null;
        for (var i = 0; i < shots.Count; i++)
        {
            var (name, shot) = shots[i];
            var x = plot.Left + i * slot;
            if (name != group)
            {
                using var rule = Stroke(Dim, 1);
                canvas.DrawLine(x, plot.Top, x, plot.Bottom + 34, rule);
                canvas.DrawText(name, x + 4, plot.Bottom + 30, SKTextAlign.Left, small, ink);
                group = name;
            }
            if (shot.DriftBefore is { } b)
            {
                canvas.DrawRect(x + slot * 0.12f, Y(b.MeanDeltaE), bar, plot.Bottom - Y(b.MeanDeltaE), before);
            }
            if (shot.DriftShown is { } s)
            {
                canvas.DrawRect(x + slot * 0.12f + bar, Y(s.MeanDeltaE), bar, plot.Bottom - Y(s.MeanDeltaE), shown);
            }
        }
        canvas.DrawLine(plot.Left, Y(look.WarnDeltaE), plot.Right, Y(look.WarnDeltaE), alarm);
        canvas.DrawText($"warn at {LookSheet.Number(look.WarnDeltaE)}", plot.Right - 4, Y(look.WarnDeltaE) - 6, SKTextAlign.Right, small, ink);
    }
}
