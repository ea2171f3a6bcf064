using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace LegacyPress.Render.Tools;

/// <summary>
/// The one place an external program (ffmpeg, ffprobe, espeak-ng) is started: an argument list — never a
/// shell string — in; exit code, stdout bytes and stderr back. "Not installed" and failures become
/// messages a user can act on, with the tail of the tool's stderr.
/// </summary>
public static class ExternalTool
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>What a finished run left behind.</summary>
    public sealed record Result(int ExitCode, byte[] Stdout, string StandardError)
    {
        public string StandardOutput => Utf8NoBom.GetString(Stdout);

        /// <summary>The last few lines of stderr, joined: where tools put the reason they failed.</summary>
        public string ErrorTail(int lines = 5) =>
            string.Join(" | ", StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(lines));
    }

    /// <summary>Runs a program; null when it cannot be found or started (the caller words that message).</summary>
    public static async Task<Result?> TryRunAsync(string program, IEnumerable<string> arguments, string? standardInput, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
            StandardErrorEncoding = Utf8NoBom,
        };
        if (standardInput is not null)
        {
            // Without this a BOM would reach the tool as the first "character" of its input.
            start.StandardInputEncoding = Utf8NoBom;
        }
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception)
        {
            return null;
        }
        if (process is null)
        {
            return null;
        }
        using (process)
        {
            try
            {
                var stdout = new MemoryStream();
                var copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout, cancellation);
                var readErr = process.StandardError.ReadToEndAsync(cancellation);
                if (standardInput is not null)
                {
                    await process.StandardInput.WriteAsync(standardInput.AsMemory(), cancellation);
                    process.StandardInput.Close();
                }
                await Task.WhenAll(copyOut, readErr, process.WaitForExitAsync(cancellation));
                return new Result(process.ExitCode, stdout.ToArray(), await readErr);
            }
            catch (OperationCanceledException)
            {
                TryKill(process);
                throw;
            }
        }
    }

    /// <summary>Runs a program; a missing program is an <see cref="ExternalToolException"/>.</summary>
    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellation, string? standardInput = null) =>
        await TryRunAsync(program, arguments, standardInput, cancellation)
        ?? throw new ExternalToolException($"{program} was not found; install it (./build.sh does)");

    /// <summary>Runs and requires exit code 0, else throws with what the tool said.</summary>
    public static async Task<Result> RunCheckedAsync(string program, IReadOnlyList<string> arguments, string doing, CancellationToken cancellation)
    {
        var result = await RunAsync(program, arguments, cancellation);
        if (result.ExitCode != 0)
        {
            throw new ExternalToolException($"{program} failed while {doing} (exit {result.ExitCode}):\n{Tail(result.StandardError, 15)}");
        }
        return result;
    }

    public static string Tail(string text, int lines) =>
        string.Join('\n', text.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines));

    private static void TryKill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}

/// <summary>An external program is missing or failed; the message says which and why.</summary>
public sealed class ExternalToolException(string message) : Exception(message);
