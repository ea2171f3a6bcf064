using System.Diagnostics;
using System.Globalization;

namespace LegacyPress.TestSupport;

/// <summary>
/// The real <c>legacypress</c> executable run as a child process, with stdin closed, its output captured, its peak
/// resident memory sampled and a hard kill after a timeout — for tests that must see what a user would see.
/// </summary>
public static class CliProcess
{
    /// <summary>How often /proc/&lt;pid&gt;/status is read for the peak resident set size.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// The CLI as its own build left it: the copy beside a test would resolve its dependencies against that test's
    /// framework references (ASP.NET in the publish tests drops libraries such as Fluid's file providers).
    /// </summary>
    public static string BuiltCli()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var (framework, configuration) = (here.Name, here.Parent!.Name);
        for (var dir = here; dir is not null; dir = dir.Parent)
        {
            var cli = Path.Combine(dir.FullName, "src", "LegacyPress.Cli", "bin", configuration, framework, OperatingSystem.IsWindows() ? "legacypress.exe" : "legacypress");
            if (File.Exists(cli))
            {
                return cli;
            }
        }
        throw new InvalidOperationException($"the built legacypress was not found above {here.FullName}");
    }

    /// <summary>A started CLI process with output redirected and stdin closed; the caller reads and waits.</summary>
    public static Process Start(IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(BuiltCli())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }

    /// <summary>Runs the CLI to its end (or kills it after <paramref name="killAfter"/>) and reports what it did.</summary>
    public static async Task<CliOutcome> RunAsync(IEnumerable<string> arguments, TimeSpan killAfter, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var clock = Stopwatch.StartNew();
        using var process = Start(arguments, workingDirectory, environment);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var peak = 0L;
        var killed = false;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakResidentBytes(process.Id));
            if (clock.Elapsed > killAfter)
            {
                process.Kill(entireProcessTree: true);
                killed = true;
                break;
            }
            await Task.Delay(PollInterval);
        }
        await process.WaitForExitAsync();
        clock.Stop();
        return new CliOutcome(killed ? -1 : process.ExitCode, await stdout, await stderr, clock.Elapsed, peak, killed);
    }

    /// <summary>VmHWM (the peak resident set) of a live process in bytes, or 0 when it is gone or not on Linux.</summary>
    private static long PeakResidentBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kib = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kib, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return 0;
    }
}

/// <summary>What a CLI child process did: its exit code (-1 when killed), output, wall time and peak resident memory.</summary>
public sealed record CliOutcome(int Exit, string Out, string Error, TimeSpan Elapsed, long PeakResidentBytes, bool Killed);
