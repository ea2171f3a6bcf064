using LegacyPress.Core.Audio;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Media;
using SkiaSharp;
using static LegacyPress.Render.Pictures.PictureInk;

namespace LegacyPress.Render.Pictures;

/// <summary>
/// Draws the film's lanes as one picture — shots (thumbnails) and cards with their transitions, narration,
/// music with its ducking curve, the beat grid and markers with each cut on it, effect cues, and loudness over
/// time — the view a film-maker checks before publishing.
/// </summary>
public sealed class TimelinePicture
{
    private const float LaneLabelWidth = 150;
    private const float Margin = 24;

    public SKImage Draw(Film film, Timeline timeline, AudioPlan audio, IReadOnlyList<(double Seconds, double Lufs)>? loudness, int widthPixels = 2400)
    {
        var lanes = new (string Name, float Height)[] { ("picture", 120), ("transitions", 34), ("narration", 56), ("music", 90), ("beats", 40), ("effects", 56), ("loudness", 110) };
        var height = (int)(Margin * 2 + 60 + lanes.Sum(l => l.Height + 10) + 30);
        using var surface = SKSurface.Create(new SKImageInfo(widthPixels, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        using var title = Font(26, bold: true);
        using var small = Font(15);
        using var ink = Fill(Ink);
        using var dim = Fill(Dim);

        var duration = timeline.RuntimeSeconds;
        var x0 = Margin + LaneLabelWidth;
        var width = widthPixels - x0 - Margin;
        float X(double seconds) => x0 + (float)(seconds / duration * width);

        canvas.DrawText($"{film.Metadata.Title} — timeline ({FormatClock(duration)}, {timeline.FrameRate.FramesPerSecond:0.###} fps)", Margin, Margin + 26, SKTextAlign.Left, title, ink);
        var y = Margin + 60;
        var top = y;
        var laneTops = new Dictionary<string, (float Top, float Height)>();
        foreach (var (name, h) in lanes)
        {
            laneTops[name] = (y, h);
            canvas.DrawText(name, Margin, y + h / 2 + 5, SKTextAlign.Left, small, dim);
            using var laneBg = Fill(Lane);
            canvas.DrawRect(x0, y, width, h, laneBg);
            y += h + 10;
        }

        DrawPicture(canvas, film, timeline, laneTops["picture"], X, small);
        DrawTransitions(canvas, timeline, laneTops["transitions"], X, small);
        DrawNarration(canvas, timeline, laneTops["narration"], X);
        DrawMusic(canvas, audio, laneTops["music"], X, duration, small);
        BeatLane.Draw(canvas, timeline, laneTops["beats"], X, small);
        DrawEffects(canvas, audio, laneTops["effects"], X, small);
        DrawLoudness(canvas, audio.Loudness, loudness, laneTops["loudness"], X, duration, small);

        // Time ruler every 10 s across all lanes.
        using var grid = new SKPaint { Color = Dim.WithAlpha(70), StrokeWidth = 1, IsAntialias = true };
        for (var t = 0.0; t <= duration; t += 10)
        {
            canvas.DrawLine(X(t), top, X(t), y - 10, grid);
            canvas.DrawText(FormatClock(t), X(t) + 3, y + 12, SKTextAlign.Left, small, dim);
        }
        return surface.Snapshot();
    }

    private static void DrawPicture(SKCanvas canvas, Film film, Timeline timeline, (float Top, float Height) lane, Func<double, float> x, SKFont font)
    {
        foreach (var segment in timeline.Segments)
        {
            var left = x(timeline.Seconds(segment.StartFrame));
            var right = x(timeline.Seconds(segment.EndFrame));
            var rect = new SKRect(left, lane.Top + 4, right, lane.Top + lane.Height - 4);
            if (segment is ShotSegment shot)
            {
                using var thumb = Thumbnail(film.Project.Resolve(shot.Shot.ImagePath), (int)lane.Height);
                if (thumb is not null)
                {
                    canvas.Save();
                    canvas.ClipRect(rect);
                    var scale = Math.Max(rect.Width / thumb.Width, rect.Height / thumb.Height);
                    var w = thumb.Width * scale;
                    var h = thumb.Height * scale;
                    canvas.DrawImage(thumb, SKRect.Create(rect.MidX - w / 2, rect.MidY - h / 2, w, h), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
                    canvas.Restore();
                }
                using var border = Stroke(Brass.WithAlpha(200));
                canvas.DrawRect(rect, border);
                DrawLabel(canvas, shot.Shot.Id, rect.Left + 4, rect.Bottom - 6, font);
            }
            else
            {
                using var card = Fill(new SKColor(0x0B, 0x0A, 0x09));
                canvas.DrawRect(rect, card);
                using var border = Stroke(Dim);
                canvas.DrawRect(rect, border);
                DrawLabel(canvas, segment.Label, rect.Left + 4, rect.MidY + 5, font);
            }
        }
    }

    private static void DrawTransitions(SKCanvas canvas, Timeline timeline, (float Top, float Height) lane, Func<double, float> x, SKFont font)
    {
        using var fill = Fill(Brass.WithAlpha(170));
        foreach (var t in timeline.Transitions)
        {
            var left = x(timeline.Seconds(t.StartFrame));
            var right = x(timeline.Seconds(t.EndFrame));
            using var builder = new SKPathBuilder();
            // A bow-tie: one segment narrowing out as the next widens in.
            builder.MoveTo(left, lane.Top + 4);
            builder.LineTo(right, lane.Top + lane.Height - 4);
            builder.LineTo(right, lane.Top + 4);
            builder.LineTo(left, lane.Top + lane.Height - 4);
            builder.Close();
            using var path = builder.Detach();
            canvas.DrawPath(path, fill);
        }
    }

    private static void DrawNarration(SKCanvas canvas, Timeline timeline, (float Top, float Height) lane, Func<double, float> x)
    {
        using var fill = Fill(Teal.WithAlpha(200));
        foreach (var n in timeline.Narration)
        {
            canvas.DrawRoundRect(new SKRect(x(n.StartSeconds), lane.Top + 10, x(n.EndSeconds), lane.Top + lane.Height - 10), 5, 5, fill);
        }
    }

    private static void DrawMusic(SKCanvas canvas, AudioPlan audio, (float Top, float Height) lane, Func<double, float> x, double duration, SKFont font)
    {
        using var band = Fill(Violet.WithAlpha(60));
        using var curve = Stroke(Violet, 2.5f);
        foreach (var m in audio.Music)
        {
            canvas.DrawRect(new SKRect(x(m.StartSeconds), lane.Top + 4, x(m.EndSeconds), lane.Top + lane.Height - 4), band);
            using var builder = new SKPathBuilder();
            var first = true;
            // The gain curve: 0 dB at the top of the lane, -24 dB at the bottom, fades and ducking included.
            for (var t = m.StartSeconds; t <= m.EndSeconds; t += duration / 1200)
            {
                var db = m.Track.GainDb + (m.Ducking?.GainDbAt(t) ?? 0) + Fade(m, t);
                var yy = lane.Top + 4 + (float)Math.Clamp(-db / 24, 0, 1) * (lane.Height - 8);
                if (first) { builder.MoveTo(x(t), yy); first = false; } else { builder.LineTo(x(t), yy); }
            }
            using var path = builder.Detach();
            canvas.DrawPath(path, curve);
            DrawLabel(canvas, m.Track.Id, x(m.StartSeconds) + 4, lane.Top + 18, font);
        }
    }

    private static double Fade(MusicPlacement m, double t)
    {
        var gain = 1.0;
        if (m.Track.FadeInSeconds > 0 && t - m.StartSeconds < m.Track.FadeInSeconds) gain *= Math.Max(1e-3, (t - m.StartSeconds) / m.Track.FadeInSeconds);
        if (m.Track.FadeOutSeconds > 0 && m.EndSeconds - t < m.Track.FadeOutSeconds) gain *= Math.Max(1e-3, (m.EndSeconds - t) / m.Track.FadeOutSeconds);
        return 20 * Math.Log10(gain);
    }

    private static void DrawEffects(SKCanvas canvas, AudioPlan audio, (float Top, float Height) lane, Func<double, float> x, SKFont font)
    {
        using var fill = Fill(Brass.WithAlpha(150));
        var row = 0;
        foreach (var clip in audio.Effects)
        {
            var seconds = clip.Source is AudioSource.Synth s ? s.DurationSeconds : clip.MaxSeconds ?? 1;
            var top = lane.Top + 4 + row * (lane.Height - 8) / 2;
            canvas.DrawRoundRect(new SKRect(x(clip.StartSeconds), top, Math.Max(x(clip.StartSeconds) + 3, x(clip.StartSeconds + seconds)), top + (lane.Height - 8) / 2 - 2), 3, 3, fill);
            row = 1 - row;
        }
    }

    private static void DrawLoudness(SKCanvas canvas, LoudnessTarget target, IReadOnlyList<(double Seconds, double Lufs)>? points, (float Top, float Height) lane, Func<double, float> x, double endSeconds, SKFont font)
    {
        // -40 LUFS at the bottom, -5 LUFS at the top.
        float Y(double lufs) => lane.Top + lane.Height - (float)Math.Clamp((lufs + 40) / 35, 0, 1) * lane.Height;
        using var targetLine = Stroke(Brass.WithAlpha(160), 1.5f);
        targetLine.PathEffect = SKPathEffect.CreateDash([8, 6], 0);
        canvas.DrawLine(x(0), Y(target.IntegratedLufs), x(endSeconds), Y(target.IntegratedLufs), targetLine);
        DrawLabel(canvas, $"target {target.IntegratedLufs:0} LUFS", x(0) + 4, Y(target.IntegratedLufs) - 4, font);
        if (points is null || points.Count == 0)
        {
            return;
        }
        using var builder = new SKPathBuilder();
        builder.MoveTo(x(points[0].Seconds), Y(points[0].Lufs));
        foreach (var (t, l) in points.Skip(1))
        {
            builder.LineTo(x(t), Y(l));
        }
        using var path = builder.Detach();
        using var stroke = Stroke(Teal, 2);
        canvas.DrawPath(path, stroke);
    }

    private static SKImage? Thumbnail(string path, int height)
    {
        try
        {
            using var image = CheckedImage.Open(path);
            var (bitmap, _) = image.DecodeScaled(Math.Min(1f, height * 2f / image.Codec.Info.Height), SKColorType.Rgba8888);
            using (bitmap)
            {
                return SKImage.FromBitmap(bitmap);
            }
        }
        catch (ImageRefusedException)
        {
            // A lane without its thumbnail still says which shot it is; the still's problem is reported where it is named.
            return null;
        }
    }

    private static void DrawLabel(SKCanvas canvas, string text, float x, float y, SKFont font)
    {
        using var shadow = Fill(SKColors.Black.WithAlpha(200));
        using var ink = Fill(Ink);
        canvas.DrawText(text, x + 1, y + 1, SKTextAlign.Left, font, shadow);
        canvas.DrawText(text, x, y, SKTextAlign.Left, font, ink);
    }

    private static string FormatClock(double seconds) => TimeSpan.FromSeconds(seconds).ToString(@"m\:ss", System.Globalization.CultureInfo.InvariantCulture);
}
