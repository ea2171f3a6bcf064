using System.ComponentModel;
using System.Diagnostics;

namespace LegacyPress.Render.Tools;

/// <summary>
/// Runs an external program (ffmpeg, ffprobe) with an argument list — never a shell string — and turns
/// "not installed" and non-zero exits into messages a user can act on (with the tail of its stderr).
/// </summary>
public static class ExternalTool
{
    public sealed record Result(int ExitCode, byte[] Stdout, string Stderr);

    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellation, Stream? stdin = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new ExternalToolException($"{program} could not be started");
        }
        catch (Win32Exception)
        {
            throw new ExternalToolException($"{program} was not found; install it (./build.sh does)");
        }
        using (process)
        {
            using var kill = cancellation.Register(() => { try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } });
            var stdout = new MemoryStream();
            var copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout, CancellationToken.None);
            var readErr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            if (stdin is not null)
            {
                await stdin.CopyToAsync(process.StandardInput.BaseStream, cancellation);
                process.StandardInput.Close();
            }
            await Task.WhenAll(copyOut, readErr, process.WaitForExitAsync(CancellationToken.None));
            cancellation.ThrowIfCancellationRequested();
            return new Result(process.ExitCode, stdout.ToArray(), readErr.Result);
        }
    }

    /// <summary>Runs and requires exit code 0, else throws with what the tool said.</summary>
    public static async Task<Result> RunCheckedAsync(string program, IReadOnlyList<string> arguments, string doing, CancellationToken cancellation)
    {
        var result = await RunAsync(program, arguments, cancellation);
        if (result.ExitCode != 0)
        {
            throw new ExternalToolException($"{program} failed while {doing} (exit {result.ExitCode}):\n{Tail(result.Stderr, 15)}");
        }
        return result;
    }

    public static string Tail(string text, int lines) =>
        string.Join('\n', text.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines));
}

/// <summary>An external program is missing or failed; the message says which and why.</summary>
public sealed class ExternalToolException(string message) : Exception(message);
