using System.Diagnostics;
using LegacyPress.Core.Files;
using LegacyPress.Render.Encoding;
using LegacyPress.TestSupport;

namespace LegacyPress.Render.Tests.Encoding;

public sealed class EncodedFileCheckTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_whole_mp4_with_the_frames_asked_for_passes()
    {
        using var output = new OutputFile(folder.File("film.mp4"));
        Encode(output.TemporaryPath, frames: 24);

        await new EncodedFileCheck().VerifyAsync(output, expectedFrames: 24, withSound: false, toolOutput: "", CancellationToken.None);
    }

    [Fact]
    public async Task An_mp4_cut_short_without_its_index_is_refused_and_never_replaces_the_old_file()
    {
        File.WriteAllText(folder.File("film.mp4"), "the previous film");
        using (var output = new OutputFile(folder.File("film.mp4")))
        {
            Encode(output.TemporaryPath, frames: 24);
            // What a full disk leaves when ffmpeg still exits 0: the start of the file, no moov atom.
            using (var file = new FileStream(output.TemporaryPath, FileMode.Open))
            {
                file.SetLength(file.Length / 2);
            }

            var e = await Assert.ThrowsAsync<RenderException>(() => new EncodedFileCheck().VerifyAsync(output, 24, false, "", CancellationToken.None));
            Assert.Contains($"{folder.File("film.mp4")} came out incomplete", e.Message);
            Assert.Contains("previous file was kept", e.Message);
        }
        Assert.Equal("the previous film", File.ReadAllText(folder.File("film.mp4")));
        Assert.Equal(["film.mp4"], folder.Names());
    }

    [Fact]
    public async Task Too_few_frames_or_no_sound_is_refused()
    {
        using var output = new OutputFile(folder.File("film.mp4"));
        Encode(output.TemporaryPath, frames: 20);
        var check = new EncodedFileCheck();

        var frames = await Assert.ThrowsAsync<RenderException>(() => check.VerifyAsync(output, 24, false, "", CancellationToken.None));
        var sound = await Assert.ThrowsAsync<RenderException>(() => check.VerifyAsync(output, 20, true, "", CancellationToken.None));

        Assert.Contains("20 frames of 24", frames.Message);
        Assert.Contains("no sound stream", sound.Message);
    }

    [Fact]
    public async Task An_incomplete_file_after_ffmpeg_reported_a_full_disk_is_named_as_a_full_disk()
    {
        using var output = new OutputFile(folder.File("film.mp4"));
        File.WriteAllBytes(output.TemporaryPath, new byte[1000]);

        var e = await Assert.ThrowsAsync<OutputWriteException>(() => new EncodedFileCheck().VerifyAsync(
            output, 24, false, "Error writing trailer of x.mp4: No space left on device", CancellationToken.None));

        Assert.Equal($"no space left on device while writing {folder.File("film.mp4")}", e.Message);
    }

    private static void Encode(string path, int frames)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true };
        foreach (var a in new[] { "-v", "error", "-nostdin", "-y", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=24", "-frames:v", $"{frames}", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-f", "mp4", path })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
    }
}
