namespace LegacyPress.Render.Encoding;

/// <summary>Which ffmpeg to run: "ffmpeg" on the PATH unless told otherwise.</summary>
public sealed record FfmpegTool(string Executable)
{
    public static FfmpegTool Default { get; } = new("ffmpeg");

    public const string NotFoundMessage = "ffmpeg was not found; install it (./build.sh does)";
}
