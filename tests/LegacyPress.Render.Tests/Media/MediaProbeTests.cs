using LegacyPress.Render.Media;
using LegacyPress.Render.Tools;
using LegacyPress.TestSupport;

namespace LegacyPress.Render.Tests.Media;

public sealed class MediaProbeTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Makes a small file with ffmpeg's own test sources, so the probe reads what ffmpeg really writes.</summary>
    private async Task<string> MakeAsync(string name, params string[] arguments)
    {
        var path = folder.File(name);
        await ExternalTool.RunCheckedAsync("ffmpeg", ["-v", "error", "-nostdin", "-y", .. arguments, path], $"making {name}", CancellationToken.None);
        return path;
    }

    private static async Task<ProbedMedia> ReadAsync(string path)
    {
        var probed = await new MediaProbe().ReadAsync(path, CancellationToken.None);
        Assert.Null(probed.Problem);
        return probed.Media!;
    }

    [Fact]
    public async Task A_film_with_sound_has_its_picture_and_sound_streams_and_length()
    {
        var film = await MakeAsync("film.mp4",
            "-f", "lavfi", "-i", "testsrc=size=160x90:rate=25", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
            "-t", "1", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-ac", "2");

        var media = await ReadAsync(film);

        Assert.Equal([MediaStreamKind.Video, MediaStreamKind.Audio], media.Streams.Select(s => s.Kind));
        var video = media.FirstVideo!;
        Assert.Equal(("h264", 160, 90, 25, "25/1"), (video.CodecName, video.WidthPixels, video.HeightPixels, video.FrameCount, video.FrameRate));
        Assert.Equal(1.0, video.DurationSeconds!.Value, 2);
        var audio = media.FirstAudio!;
        Assert.Equal(("aac", 48_000, 2), (audio.CodecName, audio.SampleRateHz, audio.Channels));
        Assert.Null(audio.WidthPixels);
        Assert.Equal(1.0, media.DurationSeconds!.Value, 2);
    }

    [Fact]
    public async Task A_wav_is_one_audio_stream_with_its_rate_channels_and_length()
    {
        var wav = await MakeAsync("line.wav", "-f", "lavfi", "-i", "sine=frequency=220:sample_rate=22050", "-t", "0.5", "-ac", "1");

        var media = await ReadAsync(wav);

        var audio = Assert.Single(media.Streams);
        Assert.Equal((MediaStreamKind.Audio, 22_050, 1), (audio.Kind, audio.SampleRateHz, audio.Channels));
        Assert.Null(media.FirstVideo);
        Assert.Equal(0.5, media.DurationSeconds!.Value, 2);
    }

    [Fact]
    public async Task A_still_has_a_size_and_no_length()
    {
        var png = await MakeAsync("still.png", "-f", "lavfi", "-i", "testsrc=size=64x48", "-frames:v", "1");

        var media = await ReadAsync(png);

        Assert.Equal((64, 48), (media.FirstVideo!.WidthPixels, media.FirstVideo.HeightPixels));
        Assert.Null(media.FirstVideo.DurationSeconds);
        Assert.Null(media.DurationSeconds);
    }

    [Fact]
    public async Task A_file_that_is_not_media_gives_ffprobes_reason_without_the_path()
    {
        var path = folder.File("noise.wav");
        await File.WriteAllTextAsync(path, "not a sound");

        var probed = await new MediaProbe().ReadAsync(path, CancellationToken.None);

        Assert.Null(probed.Media);
        Assert.Equal("Invalid data found when processing input", probed.Problem);
    }

    [Fact]
    public async Task A_missing_ffprobe_says_how_to_install_it()
    {
        var e = await Assert.ThrowsAsync<ExternalToolException>(() => new MediaProbe("/nonexistent/ffprobe").ReadAsync(folder.File("any.wav"), CancellationToken.None));

        Assert.Equal(MediaProbe.NotFoundMessage, e.Message);
    }

    [Fact]
    public async Task Audio_length_reads_the_container_length_and_explains_a_file_it_cannot_read()
    {
        var wav = await MakeAsync("line.wav", "-f", "lavfi", "-i", "sine=frequency=220:sample_rate=48000", "-t", "0.75");
        var noise = folder.File("noise.wav");
        await File.WriteAllTextAsync(noise, "not a sound");

        Assert.Equal(0.75, await new AudioLength().MeasureSecondsAsync(wav, CancellationToken.None), 2);
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => new AudioLength().MeasureSecondsAsync(noise, CancellationToken.None));
        Assert.Equal($"cannot read the length of {noise}: Invalid data found when processing input", e.Message);
        var missing = await Assert.ThrowsAsync<InvalidOperationException>(() => new AudioLength("/nonexistent/ffprobe").MeasureSecondsAsync(wav, CancellationToken.None));
        Assert.Equal(MediaProbe.NotFoundMessage, missing.Message);
    }

    [Fact]
    public async Task The_media_inspector_reports_audio_length_and_problems_as_values()
    {
        var wav = await MakeAsync("line.wav", "-f", "lavfi", "-i", "sine=frequency=220:sample_rate=48000", "-t", "0.5");
        var png = await MakeAsync("still.png", "-f", "lavfi", "-i", "testsrc=size=64x48", "-frames:v", "1");

        Assert.Equal(0.5, new MediaInspector().InspectAudio(wav).DurationSeconds!.Value, 2);
        Assert.Equal("no audio stream found", new MediaInspector().InspectAudio(png).Problem);
        Assert.Equal(MediaProbe.NotFoundMessage, new MediaInspector(new MediaProbe("/nonexistent/ffprobe")).InspectAudio(wav).Problem);
    }
}
