using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace LegacyPress.Render.Tools;

/// <summary>
/// The one place an external program (ffmpeg, ffprobe, espeak-ng) is started: an argument list — never a
/// shell string — in; exit code, stdout bytes and stderr back. "Not installed" and failures become
/// messages a user can act on, with the tail of the tool's stderr. Every tool runs in the C locale, so what it prints
/// about a failed write is the same English on every machine (see <see cref="Core.Files.WriteFailures"/>).
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

    /// <summary>
    /// Starts a program with its output and error redirected (and its input, when <paramref name="redirectInput"/>), in
    /// the C locale; null when it cannot be found or started. Callers that stream (the encoder's frames) read and wait
    /// themselves; the others use <see cref="TryRunAsync"/>.
    /// </summary>
    public static Process? TryStart(string program, IEnumerable<string> arguments, bool redirectInput)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
            StandardErrorEncoding = Utf8NoBom,
        };
        if (redirectInput)
        {
            // Without this a BOM would reach the tool as the first "character" of its input.
            start.StandardInputEncoding = Utf8NoBom;
        }
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        // C's strerror and the tools' own messages follow the locale: "Auf dem Gerät ist kein Speicherplatz mehr
        // verfügbar" would not be recognised as a full disk. LANGUAGE would override the messages' language for gettext, so it goes too.
        start.Environment["LC_ALL"] = "C";
        start.Environment["LANG"] = "C";
        start.Environment.Remove("LANGUAGE");
        try
        {
            return Process.Start(start);
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Runs a program; null when it cannot be found or started (the caller words that message).</summary>
    public static async Task<Result?> TryRunAsync(string program, IEnumerable<string> arguments, string? standardInput, CancellationToken cancellation)
    {
        if (TryStart(program, arguments, redirectInput: standardInput is not null) is not { } process)
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
