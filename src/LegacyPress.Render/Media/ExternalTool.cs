using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace LegacyPress.Render.Media;

/// <summary>The one place an external program (espeak-ng, ffprobe) is started: argument list in, exit code and output back.</summary>
internal static class ExternalTool
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>What a finished run left behind.</summary>
    internal sealed record Result(int ExitCode, string StandardOutput, string StandardError)
    {
        /// <summary>The last few lines of stderr: where tools put the reason they failed.</summary>
        public string ErrorTail(int lines = 5)
        {
            var tail = StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(lines);
            return string.Join(" | ", tail);
        }
    }

    /// <summary>Runs <paramref name="executable"/>; null when it cannot be found or started.</summary>
    public static async Task<Result?> RunAsync(string executable, IEnumerable<string> arguments, string? standardInput, CancellationToken ct)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = standardInput is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Utf8NoBom,
            StandardErrorEncoding = Utf8NoBom,
        };
        if (standardInput is not null)
        {
            // Without this a BOM would be spoken (or fail) as the first "character" of the text.
            start.StandardInputEncoding = Utf8NoBom;
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
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
                var stdout = process.StandardOutput.ReadToEndAsync(ct);
                var stderr = process.StandardError.ReadToEndAsync(ct);
                if (standardInput is not null)
                {
                    await process.StandardInput.WriteAsync(standardInput.AsMemory(), ct).ConfigureAwait(false);
                    process.StandardInput.Close();
                }
                await process.WaitForExitAsync(ct).ConfigureAwait(false);
                return new Result(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
            }
            catch (OperationCanceledException)
            {
                TryKill(process);
                throw;
            }
        }
    }

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
