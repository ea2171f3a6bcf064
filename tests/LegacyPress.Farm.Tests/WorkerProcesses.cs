using System.Diagnostics;
using System.Text;
using LegacyPress.TestSupport;

namespace LegacyPress.Farm.Tests;

/// <summary>Real <c>legacypress farm worker</c> processes on one database, their output kept, killed on dispose.</summary>
internal sealed class WorkerProcesses : IDisposable
{
    private readonly List<(Process Process, StringBuilder Output)> workers = [];

    public WorkerProcesses(string connection, int count, int invisibilitySeconds)
    {
        for (var i = 0; i < count; i++)
        {
            var process = CliProcess.Start(["farm", "worker", "--connection", connection, "--invisibility-timeout", invisibilitySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
            process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            workers.Add((process, output));
        }
    }

    public IReadOnlyList<int> Pids => workers.Select(w => w.Process.Id).ToList();

    /// <summary>Everything the workers printed, for a failing assertion's message.</summary>
    public string Output => string.Join("\n---\n", workers.Select(w => { lock (w.Output) { return $"worker {w.Process.Id}:\n{w.Output}"; } }));

    /// <summary>Waits until every worker has registered with the farm (Hangfire's server table).</summary>
    public async Task WaitRegisteredAsync(FarmDatabase database)
    {
        var clock = Stopwatch.StartNew();
        while ((await database.ServersAsync()).Count < workers.Count)
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(60) || workers.Any(w => w.Process.HasExited))
            {
                throw new InvalidOperationException($"the workers did not all start:\n{Output}");
            }
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        foreach (var (process, _) in workers)
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
            catch (InvalidOperationException)
            {
            }
            process.Dispose();
        }
    }
}
