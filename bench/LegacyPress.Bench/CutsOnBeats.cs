using System.Globalization;
using System.Text.Json;
using LegacyPress.TestSupport.Measurement;

namespace LegacyPress.Bench;

/// <summary>
/// Issue 18's acceptance on a rendered film: where each cut is in its pictures, against the beat its plan snapped it
/// to (<c>legacypress plan --json</c>). Around each planned cut the film is read at 160x90 and every frame compared
/// with the last frame before the cut's window (the outgoing shot) and the first after it (the incoming one); the cut
/// is where the picture becomes nearer the incoming shot than the outgoing one — for a hard cut its first new frame,
/// for a crossfade, dip or wipe the point where it is half done. Frame-difference detection alone misses a 1 s
/// crossfade between two moving, grained stills; this measures the cut from the pictures whatever the transition.
/// </summary>
internal static class CutsOnBeats
{
    private const int Width = 160;
    private const int Height = 90;

    public static async Task RunAsync(string videoPath, string planJsonPath)
    {
        using var plan = JsonDocument.Parse(await File.ReadAllTextAsync(planJsonPath));
        var fps = plan.RootElement.GetProperty("framesPerSecond").GetDouble();
        var overlaps = plan.RootElement.GetProperty("segments").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("transitionOutSeconds").GetDouble());
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
            var seen = Crossing(frames, first, last, fps);
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

    /// <summary>Seconds at which frames [first, last] cross from nearer frame <paramref name="first"/> to nearer frame <paramref name="last"/> (interpolated; a frame is shown from its start).</summary>
    private static double Crossing(List<byte[]> frames, int first, int last, double fps)
    {
        double Balance(int k) => Distance(frames[k], frames[first]) - Distance(frames[k], frames[last]);
        var previous = Balance(first);
        for (var k = first + 1; k <= last; k++)
        {
            var balance = Balance(k);
            if (balance >= 0)
            {
                var t = previous < 0 ? -previous / (balance - previous) : 0;
                // The crossing lies between frames k−1 and k; a hard cut (frame k the first new one) crosses at k − ½.
                return (k - 1 + t + 0.5) / fps;
            }
            previous = balance;
        }
        return double.NaN;
    }

    private static double Distance(byte[] a, byte[] b)
    {
        long sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += Math.Abs(a[i] - b[i]);
        }
        return (double)sum / a.Length;
    }
}
