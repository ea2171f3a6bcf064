using System.Globalization;
using System.Text.Json;
using LegacyPress.Core.Audio;
using LegacyPress.Core.Model;
using LegacyPress.Render.Tools;

namespace LegacyPress.Render.Audio.Mixing;

/// <summary>
/// Brings a mix to an integrated loudness target under a true-peak ceiling (EBU R128): measure with ffmpeg's
/// <c>loudnorm</c>, apply one linear gain, and catch the few peaks that would cross the ceiling with a limiter run at
/// 4x oversampling (so it sees inter-sample peaks). loudnorm's own second pass is not used because a film mix with
/// quiet narration and loud impacts has more peak-to-loudness range than its linear mode allows, and its dynamic
/// fallback pumps the music. Limiting removes a little energy, so the gain is corrected and applied again until the
/// result is within <see cref="ToleranceLu"/> of the target.
/// </summary>
public static class LoudnessNormalizer
{
    /// <summary>How close to the target the finished mix must measure.</summary>
    public const double ToleranceLu = 0.15;

    /// <summary>
    /// Headroom under the ceiling for the AAC encoder, whose reconstruction overshoots the PCM peaks by a few tenths
    /// of a dB: the limiter aims this much lower so the delivered MP4 still respects the ceiling.
    /// </summary>
    public const double CodecHeadroomDb = 1.0;

    private const int MaxPasses = 3;

    /// <summary>Measures a sound file, or the sound of a video (<c>-vn</c>: its picture is not decoded, which is most of the cost).</summary>
    public static async Task<LoudnessMeasurement> MeasureAsync(string path, LoudnessTarget target, CancellationToken cancellation)
    {
        var result = await ExternalTool.RunCheckedAsync("ffmpeg",
            ["-v", "info", "-nostdin", "-hide_banner", "-i", path, "-vn", "-sn", "-dn", "-af", MeasureFilter(target), "-f", "null", "-"],
            "measuring loudness", cancellation);
        return Parse(result.StandardError);
    }

    /// <summary>Writes <paramref name="outputWav"/>: the input at the target loudness, 48 kHz float stereo. Returns the input's measurement.</summary>
    public static async Task<LoudnessMeasurement> NormalizeAsync(string inputWav, string outputWav, LoudnessTarget target, CancellationToken cancellation)
    {
        var measured = await MeasureAsync(inputWav, target, cancellation);
        var gain = target.IntegratedLufs - measured.IntegratedLufs;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            await ExternalTool.RunCheckedAsync("ffmpeg",
                ["-v", "error", "-nostdin", "-y", "-i", inputWav, "-af", GainAndLimit(gain, target.TruePeakDbtp - CodecHeadroomDb),
                 "-ar", "48000", "-ac", "2", "-c:a", "pcm_f32le", outputWav],
                "normalising loudness", cancellation);
            var miss = target.IntegratedLufs - (await MeasureAsync(outputWav, target, cancellation)).IntegratedLufs;
            if (Math.Abs(miss) <= ToleranceLu)
            {
                break;
            }
            gain += miss;
        }
        return measured;
    }

    private static string MeasureFilter(LoudnessTarget target) =>
        string.Create(CultureInfo.InvariantCulture, $"loudnorm=I={target.IntegratedLufs:0.0}:TP={target.TruePeakDbtp:0.0}:LRA=20:print_format=json");

    private static string GainAndLimit(double gainDb, double ceilingDbtp)
    {
        // alimiter takes a linear limit, no lower than -24 dBFS; level=0 stops it from re-normalising its output.
        var limit = Math.Clamp(Math.Pow(10, ceilingDbtp / 20), 0.0625, 1);
        return string.Create(CultureInfo.InvariantCulture,
            $"volume={gainDb:0.###}dB,aresample=192000,alimiter=limit={limit:0.#####}:attack=2:release=80:level=0,aresample=48000");
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
