using System.Globalization;

namespace LegacyPress.Render.Encoding;

/// <summary>The one place an <see cref="EncodeJob"/> or a <see cref="ConcatJob"/> becomes an ffmpeg command line.</summary>
public static class FfmpegArguments
{
    /// <summary>BT.709 names as ffmpeg's colour options and x264's VUI spell them.</summary>
    private const string Bt709 = "bt709";

    public static IReadOnlyList<string> For(EncodeJob job)
    {
        var video = job.Video;
        var args = new List<string>
        {
            "-hide_banner", "-nostats", "-loglevel", "warning",
            // The output is a temporary file the caller owns, so overwriting it is always right.
            "-y",
            "-f", "rawvideo",
            "-pix_fmt", "yuv420p",
            "-s", $"{Int(video.WidthPixels)}x{Int(video.HeightPixels)}",
            // The demuxer's own rate option, as an exact fraction: it stamps frame N at N × den/num seconds.
            "-framerate", video.Rate.ToString(),
            // Tag the input too, so no filter ever thinks it must convert colours.
            "-color_range", "tv", "-colorspace", Bt709, "-color_primaries", Bt709, "-color_trc", Bt709,
            "-i", "-",
        };
        if (job.Audio is { } audio)
        {
            args.AddRange(AudioInputArguments(audio));
        }

        args.AddRange(["-map", "0:v:0"]);
        if (job.Audio is not null)
        {
            args.AddRange(["-map", "1:a:0"]);
        }

        if (job.Audio is null)
        {
            // With audio, -frames:v would stop the muxer while AAC packets are still queued behind x264's lookahead and
            // the audio would end a few frames early; -t (below) cuts both streams at the video's exact length instead.
            args.AddRange(["-frames:v", Int(job.FrameCount)]);
        }
        args.AddRange(
        [
            // Said again for the output, so the stream's declared rate (r_frame_rate) is the film's, not a guess from timestamps.
            "-r", video.Rate.ToString(),
            "-c:v", "libx264",
            "-preset", job.X264.Preset.Name(),
            "-crf", Int(job.X264.ConstantRateFactor),
            "-profile:v", "high",
            "-pix_fmt", "yuv420p",
            "-colorspace", Bt709, "-color_primaries", Bt709, "-color_trc", Bt709, "-color_range", "tv",
            // 8x8dct keeps even the ultrafast preview High profile: x264 signals the lowest profile the features used need.
            "-x264-params", $"colorprim={Bt709}:transfer={Bt709}:colormatrix={Bt709}:range=tv:8x8dct=1" + (job.X264.Stitchable ? ":stitchable=1:open-gop=0" : ""),
        ]);

        if (job.Audio is { } a)
        {
            args.AddRange(AudioEncodingArguments(a.Aac, job.DurationSeconds));
        }

        args.AddRange(Mp4Output(job.OutputPath));
        return args;
    }

    /// <summary>The command line that joins a <see cref="ConcatJob"/>'s pieces, the picture copied and the sound encoded once.</summary>
    public static IReadOnlyList<string> For(ConcatJob job)
    {
        // -safe 0: the list holds absolute paths (the cache folder), which the demuxer otherwise refuses.
        var args = new List<string> { "-hide_banner", "-nostats", "-loglevel", "error", "-y", "-f", "concat", "-safe", "0", "-i", job.ListPath };
        if (job.Audio is { } audio)
        {
            args.AddRange(AudioInputArguments(audio));
            args.AddRange(["-map", "0:v:0", "-map", "1:a:0", "-c:v", "copy"]);
            args.AddRange(AudioEncodingArguments(audio.Aac, job.DurationSeconds));
        }
        else
        {
            args.AddRange(["-map", "0:v:0", "-c:v", "copy"]);
        }
        args.AddRange(Mp4Output(job.OutputPath));
        return args;
    }

    /// <summary>The mix as the second input; a range render starts it where the range starts.</summary>
    private static IEnumerable<string> AudioInputArguments(AudioInput audio) =>
        audio.StartSeconds > 0 ? ["-ss", Seconds(audio.StartSeconds), "-i", audio.Path] : ["-i", audio.Path];

    private static IEnumerable<string> AudioEncodingArguments(AacSettings aac, double durationSeconds) =>
    [
        "-c:a", "aac",
        "-b:a", $"{Int(aac.BitrateKbps)}k",
        "-ar", Int(aac.SampleRateHz),
        // Pad a short mix with silence, then cut both streams at the video's exact length.
        "-af", "apad",
        "-t", Seconds(durationSeconds),
    ];

    private static IEnumerable<string> Mp4Output(string path) => ["-movflags", "+faststart", "-f", "mp4", path];

    /// <summary>
    /// A time as ffmpeg reads one: decimal seconds to the microsecond, its own resolution. No rational form exists,
    /// and half a microsecond either way cannot move a frame boundary.
    /// </summary>
    internal static string Seconds(double seconds) => seconds.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
