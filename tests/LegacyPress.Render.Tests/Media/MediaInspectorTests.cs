using LegacyPress.Render.Look;
using LegacyPress.Render.Media;
using LegacyPress.TestSupport;

namespace LegacyPress.Render.Tests.Media;

/// <summary>What the loader learns of a project's audio and LUTs: a file that would fail the mix or the render fails here, with the reason.</summary>
public sealed class MediaInspectorTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly MediaInspector inspector = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_pcm_wav_decodes_and_reports_its_length()
    {
        var wav = folder.File("line.wav");
        TestSounds.WriteSineWav(wav, seconds: 2);

        var info = inspector.InspectAudio(wav);

        Assert.Null(info.Problem);
        Assert.Equal(2, info.DurationSeconds!.Value, 2);
    }

    [Fact]
    public void A_wav_of_a_codec_ffmpeg_cannot_decode_is_refused_though_ffprobe_reads_its_length()
    {
        var wav = folder.File("odd.wav");
        TestSounds.WriteSineWav(wav, seconds: 2, formatTag: 0x1234);

        var info = inspector.InspectAudio(wav);

        Assert.StartsWith("ffmpeg cannot decode it: ", info.Problem);
        Assert.Contains("Decoder", info.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lut_the_renderer_reads_passes()
    {
        var cube = folder.File("identity.cube");
        File.WriteAllText(cube, CubeLut.Identity(2).ToCubeText());

        Assert.Null(inspector.InspectLut(cube).Problem);
    }

    [Fact]
    public void A_broken_lut_names_the_line_the_renderer_would_stop_at()
    {
        var cube = folder.File("broken.cube");
        File.WriteAllText(cube, "TITLE \"broken\"\nLUT_3D_SIZE 2\n0 0 0\nwhat is this\n");

        Assert.Equal("line 4: unknown keyword 'what'", inspector.InspectLut(cube).Problem);
    }
}
