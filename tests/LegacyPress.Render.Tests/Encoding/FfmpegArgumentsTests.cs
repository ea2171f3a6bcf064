using LegacyPress.Core.Model;
using LegacyPress.Render.Encoding;

namespace LegacyPress.Render.Tests.Encoding;

public class FfmpegArgumentsTests
{
    private static readonly EncodeJob Job = new(new RawVideoInput(1920, 1080, new FrameRate(30)), new X264Settings(X264Preset.Medium, 18), 300, "/out/film.mp4.partial-1.mp4");

    private static string Value(IReadOnlyList<string> args, string option, int occurrence = 0)
    {
        var indices = args.Select((a, i) => (a, i)).Where(p => p.a == option).Select(p => p.i).ToList();
        return args[indices[occurrence] + 1];
    }

    [Fact]
    public void Raw_yuv420p_frames_are_read_from_stdin_at_the_film_size_and_rate()
    {
        var args = FfmpegArguments.For(Job);
        var input = args.ToList().IndexOf("-i");
        Assert.Equal("-", args[input + 1]);
        var before = args.Take(input).ToList();
        Assert.Equal("rawvideo", before[before.IndexOf("-f") + 1]);
        Assert.Equal("yuv420p", before[before.IndexOf("-pix_fmt") + 1]);
        Assert.Equal("1920x1080", before[before.IndexOf("-s") + 1]);
        Assert.Equal("30", before[before.IndexOf("-framerate") + 1]);
    }

    [Fact]
    public void Output_is_h264_high_bt709_limited_range_with_faststart_and_the_exact_frame_count()
    {
        var args = FfmpegArguments.For(Job);
        var output = string.Join(' ', args.Skip(args.ToList().IndexOf("-i") + 2));
        Assert.Contains("-frames:v 300", output);
        Assert.Contains("-c:v libx264 -preset medium -crf 18 -profile:v high -pix_fmt yuv420p", output);
        Assert.Contains("-colorspace bt709 -color_primaries bt709 -color_trc bt709 -color_range tv", output);
        Assert.Contains("-x264-params colorprim=bt709:transfer=bt709:colormatrix=bt709:range=tv:8x8dct=1", output);
        Assert.Contains("-movflags +faststart", output);
        Assert.Equal("/out/film.mp4.partial-1.mp4", args[^1]);
        Assert.DoesNotContain("-c:a", args);
    }

    [Fact]
    public void Preview_settings_reach_x264()
    {
        var args = FfmpegArguments.For(Job with { X264 = new X264Settings(X264Preset.Ultrafast, 28) });
        Assert.Equal("ultrafast", Value(args, "-preset"));
        Assert.Equal("28", Value(args, "-crf"));
    }

    [Fact]
    public void Ntsc_rates_are_written_as_exact_fractions_on_the_input_and_the_output()
    {
        var args = FfmpegArguments.For(Job with { Video = new RawVideoInput(640, 360, FrameRate.Ntsc(30)) });
        var input = args.ToList().IndexOf("-i");
        Assert.Equal("30000/1001", Value(args, "-framerate"));
        Assert.True(args.ToList().IndexOf("-framerate") < input);
        Assert.Equal("30000/1001", Value(args, "-r"));
        Assert.True(args.ToList().IndexOf("-r") > input);
        Assert.Equal("640x360", Value(args, "-s"));
    }

    [Fact]
    public void An_ntsc_mix_is_cut_at_the_exact_video_length_to_the_microsecond()
    {
        // 149 frames at 30000/1001 last 149 × 1001 / 30000 = 4.97163333… s.
        var args = FfmpegArguments.For(Job with { Video = new RawVideoInput(640, 360, FrameRate.Ntsc(30)), FrameCount = 149, Audio = new AudioInput("/mix/film.wav") });
        Assert.Equal("4.971633", Value(args, "-t"));
    }

    [Fact]
    public void An_audio_mix_is_muxed_as_aac_and_cut_to_the_video_length()
    {
        var args = FfmpegArguments.For(Job with { Audio = new AudioInput("/mix/film.wav") });
        Assert.Equal("/mix/film.wav", Value(args, "-i", 1));
        Assert.Equal("0:v:0", Value(args, "-map", 0));
        Assert.Equal("1:a:0", Value(args, "-map", 1));
        Assert.Equal("aac", Value(args, "-c:a"));
        Assert.Equal("192k", Value(args, "-b:a"));
        Assert.Equal("48000", Value(args, "-ar"));
        Assert.Equal("10", Value(args, "-t"));
    }

    [Fact]
    public void A_join_copies_the_pieces_picture_and_encodes_the_mix_once_as_aac_cut_to_the_film_length()
    {
        var join = new ConcatJob("/cache/final-join-1.txt", 12.5, "/out/film.mp4.partial-1.mp4") { Audio = new AudioInput("/mix/film.wav") };

        Assert.Equal(
            [
                "-hide_banner", "-nostats", "-loglevel", "error", "-y", "-f", "concat", "-safe", "0", "-i", "/cache/final-join-1.txt",
                "-i", "/mix/film.wav", "-map", "0:v:0", "-map", "1:a:0", "-c:v", "copy",
                "-c:a", "aac", "-b:a", "192k", "-ar", "48000", "-af", "apad", "-t", "12.5",
                "-movflags", "+faststart", "-f", "mp4", "/out/film.mp4.partial-1.mp4",
            ],
            FfmpegArguments.For(join));
    }

    [Fact]
    public void A_silent_join_only_copies_the_picture()
    {
        var join = new ConcatJob("/cache/final-join-1.txt", 12.5, "/out/film.mp4.partial-1.mp4");

        Assert.Equal(
            [
                "-hide_banner", "-nostats", "-loglevel", "error", "-y", "-f", "concat", "-safe", "0", "-i", "/cache/final-join-1.txt",
                "-map", "0:v:0", "-c:v", "copy",
                "-movflags", "+faststart", "-f", "mp4", "/out/film.mp4.partial-1.mp4",
            ],
            FfmpegArguments.For(join));
    }

    [Fact]
    public void The_encode_and_the_join_take_their_sound_settings_from_the_same_value()
    {
        var aac = new AacSettings(128, 44_100);
        var encode = FfmpegArguments.For(Job with { Audio = new AudioInput("/mix/film.wav") { Aac = aac } });
        var join = FfmpegArguments.For(new ConcatJob("/cache/list.txt", 10, "/out/film.mp4") { Audio = new AudioInput("/mix/film.wav") { Aac = aac } });

        foreach (var args in new[] { encode, join })
        {
            Assert.Equal(("aac", "128k", "44100", "apad", "10"), (Value(args, "-c:a"), Value(args, "-b:a"), Value(args, "-ar"), Value(args, "-af"), Value(args, "-t")));
        }
        Assert.Equal(new AacSettings(192, 48_000), new AudioInput("/mix/film.wav").Aac);
    }

    [Fact]
    public void A_range_starts_its_mix_where_the_range_starts()
    {
        var args = FfmpegArguments.For(Job with { Audio = new AudioInput("/mix/film.wav") { StartSeconds = 2.5 } });

        Assert.Equal("2.5", Value(args, "-ss"));
        Assert.Equal(args.ToList().IndexOf("-ss") + 2, args.ToList().LastIndexOf("-i"));
    }
}
