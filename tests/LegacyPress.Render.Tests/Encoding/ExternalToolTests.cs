using LegacyPress.Render.Tools;

namespace LegacyPress.Render.Tests.Encoding;

/// <summary>Every tool LegacyPress starts runs in the C locale, so its messages (a full disk's above all) read the same everywhere.</summary>
public sealed class ExternalToolTests
{
    [Fact]
    public async Task A_tool_runs_in_the_C_locale_whatever_the_user_set()
    {
        var result = await ExternalTool.RunAsync("sh", ["-c", "printf '%s|%s|%s' \"$LC_ALL\" \"$LANG\" \"${LANGUAGE-unset}\""], CancellationToken.None);

        Assert.Equal("C|C|unset", result.StandardOutput);
    }

    [Fact]
    public async Task A_tool_that_fails_to_write_says_so_in_the_words_the_write_failures_know()
    {
        // /dev/full takes no byte: the same strerror a full disk gives, in the C locale's English. ffmpeg may still exit
        // with 0 here, which is why its output is read at all.
        var result = await ExternalTool.RunAsync("ffmpeg", ["-nostdin", "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "anullsrc=d=1", "-c:a", "pcm_s16le", "-f", "wav", "-y", "/dev/full"], CancellationToken.None);

        Assert.Equal(Core.Files.WriteFailures.NoSpaceReason, Core.Files.WriteFailures.FromToolOutput(result.StandardError));
    }
}
