using LegacyPress.TestSupport;

namespace LegacyPress.Cli.Tests.Support;

/// <summary>The short preview render a new project is tried with, and what its video must be: what ffprobe reads, at the preview size.</summary>
internal static class PreviewRender
{
    public const double Seconds = 2;

    /// <summary>
    /// <c>render</c>'s arguments for the first <see cref="Seconds"/> seconds at the preview preset into
    /// <paramref name="output"/>; <c>--silent</c> where the narration need not be spoken to prove the project renders.
    /// </summary>
    public static string[] Arguments(string project, string output, bool silent = false) =>
        ["render", project, "--preset", "preview", "--from", "0", "--to", "2", "--out", output, "--quiet", .. silent ? ["--silent"] : Array.Empty<string>()];

    /// <summary>The file a preview render writes into <paramref name="output"/>, checked with ffprobe.</summary>
    public static ProbedVideo AssertVideo(string output)
    {
        // A range render is named for its range, so the whole film's preview is never overwritten.
        var path = Path.Combine(output, "film-preview-0-2.mp4");
        Assert.True(File.Exists(path), $"{path} was not written");
        var video = Ffprobe.Probe(path);
        Assert.Equal(("h264", 640, 360), (video.Codec, video.Width, video.Height));
        Assert.InRange(video.VideoSeconds, Seconds - 0.1, Seconds + 0.1);
        return video;
    }
}
