using System.Diagnostics;

namespace LegacyPress.Bench;

/// <summary>Runs ffmpeg to completion and times it; a failure stops the benchmark with ffmpeg's own words.</summary>
internal static class Ffmpeg
{
    public static TimeSpan Run(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        _ = stdout.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg {string.Join(' ', start.ArgumentList)} failed:\n{stderr}");
        }
        return clock.Elapsed;
    }
}
