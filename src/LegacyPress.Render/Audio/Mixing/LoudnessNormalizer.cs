using System.Globalization;
using System.Text.Json;
using LegacyPress.Core.Audio;
using LegacyPress.Core.Model;
using LegacyPress.Render.Tools;

namespace LegacyPress.Render.Audio.Mixing;

/// <summary>
/// Brings a mix to an integrated loudness target with a true-peak ceiling using ffmpeg's two-pass
/// <c>loudnorm</c> (EBU R128): the first pass measures, the second applies a linear gain from those
/// measurements (falling back to loudnorm's own limiter only when the peak ceiling demands it).
/// </summary>
public static class LoudnessNormalizer
{
    public static async Task<LoudnessMeasurement> MeasureAsync(string wavPath, LoudnessTarget target, CancellationToken cancellation)
    {
        var result = await ExternalTool.RunCheckedAsync("ffmpeg",
            ["-v", "info", "-nostdin", "-hide_banner", "-i", wavPath, "-af", Filter(target, null), "-f", "null", "-"],
            "measuring loudness", cancellation);
        return Parse(result.StandardError);
    }

    /// <summary>Writes <paramref name="outputWav"/>: the input normalised to the target, 48 kHz float stereo.</summary>
    public static async Task<LoudnessMeasurement> NormalizeAsync(string inputWav, string outputWav, LoudnessTarget target, CancellationToken cancellation)
    {
        var measured = await MeasureAsync(inputWav, target, cancellation);
        await ExternalTool.RunCheckedAsync("ffmpeg",
            ["-v", "error", "-nostdin", "-y", "-i", inputWav, "-af", Filter(target, measured) + ",aresample=48000",
             "-ar", "48000", "-ac", "2", "-c:a", "pcm_f32le", outputWav],
            "normalising loudness", cancellation);
        return measured;
    }

    private static string Filter(LoudnessTarget target, LoudnessMeasurement? measured)
    {
        var f = CultureInfo.InvariantCulture;
        var basic = string.Create(f, $"loudnorm=I={target.IntegratedLufs:0.0}:TP={target.TruePeakDbtp:0.0}:LRA=20");
        return measured is null
            ? basic + ":print_format=json"
            : basic + string.Create(f, $":measured_I={measured.IntegratedLufs:0.00}:measured_LRA={measured.RangeLu:0.00}:measured_TP={measured.TruePeakDbtp:0.00}:measured_thresh={measured.ThresholdLufs:0.00}:linear=true:print_format=summary");
    }

    /// <summary>Reads loudnorm's JSON block from ffmpeg's stderr.</summary>
    internal static LoudnessMeasurement Parse(string stderr)
    {
        var start = stderr.LastIndexOf('{');
        var end = stderr.LastIndexOf('}');
        if (start < 0 || end < start)
        {
            throw new ExternalToolException("ffmpeg's loudnorm printed no measurement:\n" + ExternalTool.Tail(stderr, 10));
        }
        using var json = JsonDocument.Parse(stderr[start..(end + 1)]);
        double Read(string name)
        {
            var text = json.RootElement.GetProperty(name).GetString() ?? "";
            // Digital silence measures as -inf; treat it as "very quiet" so the arithmetic stays finite.
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : -99;
        }
        return new LoudnessMeasurement(Read("input_i"), Read("input_lra"), Read("input_tp"), Read("input_thresh"));
    }
}
