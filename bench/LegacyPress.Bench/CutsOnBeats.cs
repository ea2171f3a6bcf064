using System.Globalization;
using System.Text.Json;
using LegacyPress.Core.Model;
using LegacyPress.TestSupport.Measurement;

namespace LegacyPress.Bench;

/// <summary>
/// Issue 18's acceptance on a rendered film: where each cut is in its pictures, against the beat its plan snapped it
/// to (<c>legacypress plan --json</c>). Around each planned cut the film is read at 160x90 and every frame's pixels
/// compared with the last frame before the cut's window (the outgoing shot) and the first after it (the incoming
/// one); a transition runs from the first frame some pixels turn to the incoming shot to the first nearly all have,
/// and its cut is halfway; a dip's cut is its darkest (or brightest) frame; any other transition is found by fitting
/// its own drawing to the pictures (<see cref="TransitionFit"/>), so an eased zoom or an iris is timed where it is. Frame-difference detection alone misses
/// a 1 s crossfade between two moving, grained stills; this measures every cut from the pictures.
/// </summary>
internal static class CutsOnBeats
{
    internal const int Width = 160;
    internal const int Height = 90;

    public static async Task RunAsync(string videoPath, string planJsonPath)
    {
        using var plan = JsonDocument.Parse(await File.ReadAllTextAsync(planJsonPath));
        var fps = plan.RootElement.GetProperty("framesPerSecond").GetDouble();
        var overlaps = plan.RootElement.GetProperty("segments").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("transitionOutSeconds").GetDouble());
        var kinds = plan.RootElement.GetProperty("segments").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("transitionOut").GetString() ?? "cut");
        var easings = plan.RootElement.GetProperty("segments").EnumerateArray().ToDictionary(
            s => s.GetProperty("id").GetString()!,
            s => s.TryGetProperty("transitionOutEasing", out var e) && e.GetString() is { } name ? MotionNames.Easings[name] : Easing.EaseInOut);
        var cuts = plan.RootElement.GetProperty("cuts").EnumerateArray()
            .Select(c => (From: c.GetProperty("from").GetString()!, To: c.GetProperty("to").GetString()!, Planned: c.GetProperty("seconds").GetDouble(),
                Beat: c.GetProperty("gridSeconds").ValueKind == JsonValueKind.Number ? c.GetProperty("gridSeconds").GetDouble() : (double?)null))
            .ToList();
        var frames = new List<byte[]>();
        await foreach (var frame in VideoFrames.ReadRgbAsync(videoPath, Width, Height))
        {
            frames.Add((byte[])frame.Clone());
        }
        Console.WriteLine($"== cuts: {videoPath}: {frames.Count} frames read at {Width}x{Height}, {cuts.Count} planned cuts, {fps:0.###} fps");
        int onBeat = 0, snapped = 0;
        var worst = 0.0;
        foreach (var cut in cuts)
        {
            var half = (overlaps.GetValueOrDefault(cut.From) / 2) + 0.25;
            var first = Math.Max(0, (int)Math.Floor((cut.Planned - half) * fps));
            var last = Math.Min(frames.Count - 1, (int)Math.Ceiling((cut.Planned + half) * fps));
            var kind = kinds.GetValueOrDefault(cut.From, "cut");
            var seen = kind switch
            {
                "dip-to-black" => Extreme(frames, first, last, fps, darkest: true),
                "dip-to-white" => Extreme(frames, first, last, fps, darkest: false),
                // A burn flashes past both pictures: timed by where its change starts and ends.
                "film-burn" => Span(frames, first, last, fps),
                "cut" => HalfChanged(frames, first, last, fps),
                _ => TransitionFit.CutSeconds(frames, first, last, kind, easings.GetValueOrDefault(cut.From, Easing.EaseInOut), (int)Math.Round(overlaps[cut.From] * fps), fps),
            };
            var off = cut.Beat is { } beat ? seen - beat : double.NaN;
            if (cut.Beat is not null)
            {
                snapped++;
                worst = Math.Max(worst, Math.Abs(off));
                onBeat += Math.Abs(off) <= 1 / fps ? 1 : 0;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {cut.From + " → " + cut.To,-36} planned {cut.Planned,8:0.000}  seen {seen,8:0.000}  beat {(cut.Beat is { } b ? b.ToString("0.000", CultureInfo.InvariantCulture) : "—"),8}  off {(double.IsNaN(off) ? "" : $"{off * 1000:+0;-0;0} ms")}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {onBeat} of {snapped} snapped cuts within one frame ({1000 / fps:0.0} ms) of their beat, worst {worst * 1000:0.0} ms   target all: {(onBeat == snapped ? "ok" : "MISSED")}"));
    }

    /// <summary>A dip's midpoint: its darkest (or brightest) frame, placed between frames by a parabola through its neighbours.</summary>
    private static double Extreme(List<byte[]> frames, int first, int last, double fps, bool darkest)
    {
        double Level(int k) => (darkest ? 1 : -1) * frames[k].Average(v => (double)v);
        var best = first;
        for (var k = first; k <= last; k++)
        {
            if (Level(k) < Level(best))
            {
                best = k;
            }
        }
        if (best == first || best == last)
        {
            return best / fps;
        }
        double a = Level(best - 1), b = Level(best), c = Level(best + 1);
        var denominator = a - (2 * b) + c;
        var shift = denominator > 0 ? Math.Clamp(0.5 * (a - c) / denominator, -0.5, 0.5) : 0;
        // Frame k shows the transition at its start; the planned midpoint falls between the two darkest frames of an even dip.
        return (best + shift + 0.5) / fps;
    }

    /// <summary>
    /// A transition's midpoint from its pictures: halfway between the first frame in which any of the picture (3% of
    /// its pixels) has turned nearer the incoming shot and the first in which nearly all of it (97%) has. Easing-proof:
    /// an iris or a zoom that changes little at first and much at the end is still timed by where it starts and ends;
    /// a crossfade turns every pixel at once, halfway through; a hard cut's first new frame is both.
    /// </summary>
    internal static double Span(List<byte[]> frames, int first, int last, double fps)
    {
        int? begins = null;
        for (var k = first + 1; k <= last; k++)
        {
            var share = NearerShare(frames[k], frames[first], frames[last]);
            begins ??= share >= 0.03 ? k : null;
            if (share >= 0.97)
            {
                return ((begins ?? k) + k) / 2.0 / fps;
            }
        }
        return double.NaN;
    }

    /// <summary>Where half the picture's pixels have turned nearer the incoming shot (a crossfade turns them all at once halfway; a wipe or iris, half its area), interpolated between frames.</summary>
    internal static double HalfChanged(List<byte[]> frames, int first, int last, double fps, bool central = false)
    {
        var previous = NearerShare(frames[first], frames[first], frames[last], central) - 0.5;
        for (var k = first + 1; k <= last; k++)
        {
            var balance = NearerShare(frames[k], frames[first], frames[last], central) - 0.5;
            if (balance >= 0)
            {
                var t = previous < 0 ? -previous / (balance - previous) : 0;
                // Between frames k−1 and k; a hard cut (frame k the first new one) crosses at k − ½.
                return (k - 1 + t + 0.5) / fps;
            }
            previous = balance;
        }
        return double.NaN;
    }

    /// <summary>The share of pixels (in the whole frame, or only its centre when <paramref name="central"/>) nearer the incoming picture than the outgoing one.</summary>
    internal static double NearerShare(byte[] frame, byte[] outgoing, byte[] incoming, bool central = false)
    {
        // The centre: the middle half of each side, clear of the vignette, which darkens the corners of the finished
        // frame and not of the layers a transition moves.
        var (x0, x1, y0, y1) = central ? (Width / 4, Width * 3 / 4, Height / 4, Height * 3 / 4) : (0, Width, 0, Height);
        var nearer = 0;
        for (var y = y0; y < y1; y++)
        {
            for (var x = x0; x < x1; x++)
            {
                var i = ((y * Width) + x) * 3;
                int toOut = 0, toIn = 0;
                for (var c = 0; c < 3; c++)
                {
                    toOut += Math.Abs(frame[i + c] - outgoing[i + c]);
                    toIn += Math.Abs(frame[i + c] - incoming[i + c]);
                }
                nearer += toIn < toOut ? 1 : 0;
            }
        }
        return (double)nearer / ((x1 - x0) * (y1 - y0));
    }
}
