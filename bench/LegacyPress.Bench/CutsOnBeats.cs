using System.Globalization;
using System.Text.Json;
using LegacyPress.TestSupport.Measurement;

namespace LegacyPress.Bench;

/// <summary>
/// Issue 18's acceptance on a rendered film: the cuts found in its pictures (<see cref="CutDetector"/>, read at
/// 320x180) against the beats its plan snapped them to (<c>legacypress plan --json</c>): how many lie within one
/// frame, and the worst.
/// </summary>
internal static class CutsOnBeats
{
    public static async Task RunAsync(string videoPath, string planJsonPath)
    {
        using var plan = JsonDocument.Parse(await File.ReadAllTextAsync(planJsonPath));
        var fps = plan.RootElement.GetProperty("framesPerSecond").GetDouble();
        var cuts = plan.RootElement.GetProperty("cuts").EnumerateArray()
            .Select(c => (From: c.GetProperty("from").GetString(), To: c.GetProperty("to").GetString(), Planned: c.GetProperty("seconds").GetDouble(),
                Beat: c.GetProperty("gridSeconds").ValueKind == JsonValueKind.Number ? c.GetProperty("gridSeconds").GetDouble() : (double?)null))
            .ToList();
        var seen = await CutDetector.FindAsync(videoPath, 320, 180, fps);
        Console.WriteLine($"== cuts: {videoPath}: {cuts.Count} planned cuts, {seen.Count} found in the pictures, {fps:0.###} fps");
        var onBeat = 0;
        var snapped = 0;
        var worst = 0.0;
        foreach (var cut in cuts)
        {
            var found = seen.MinBy(s => Math.Abs(s - cut.Planned));
            var offBeat = cut.Beat is { } beat ? found - beat : double.NaN;
            if (cut.Beat is not null)
            {
                snapped++;
                worst = Math.Max(worst, Math.Abs(offBeat));
                if (Math.Abs(offBeat) <= 1 / fps)
                {
                    onBeat++;
                }
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {cut.From + " → " + cut.To,-36} planned {cut.Planned,8:0.000}  seen {found,8:0.000}  beat {(cut.Beat is { } b ? b.ToString("0.000", CultureInfo.InvariantCulture) : "—"),8}  off {(double.IsNaN(offBeat) ? "" : $"{offBeat * 1000:+0;-0;0} ms")}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {onBeat} of {snapped} snapped cuts within one frame ({1000 / fps:0.0} ms) of their beat, worst {worst * 1000:0.0} ms   target all: {(onBeat == snapped ? "ok" : "MISSED")}"));
    }
}
