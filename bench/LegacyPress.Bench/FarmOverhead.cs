using System.Diagnostics;
using System.Globalization;
using LegacyPress.Farm;
using LegacyPress.Render.Tools;
using LegacyPress.TestSupport;

namespace LegacyPress.Bench;

/// <summary>
/// Issue 20's overhead of the farm path: the synthetic 3-minute film (<see cref="SyntheticFilm"/>) rendered by the CLI
/// at the preset given (default <c>preview</c>) three ways on this one machine — locally, through <c>--farm</c> with
/// one worker process, and with two — each from a fresh copy of the project (no pieces cached), against a throwaway
/// PostgreSQL. Workers are started and registered before the clock starts, as a farm's workers are long-lived; the
/// coordinator's preparation, queueing, waiting and join are all inside it. The three are run in turn, in rounds
/// (three unless told) and compared by their medians (a 2-core machine's timings wander by 10% from one run to the next). Prints farm/local
/// for both (target for one worker ≤ 1.10) and checks every film's frames equal the local one's (<c>ffmpeg -f framemd5</c>).
/// </summary>
internal static class FarmOverhead
{
    public const int DefaultRounds = 3;

    public static async Task RunAsync(string folder, string preset, int rounds)
    {
        var film = new SyntheticFilm(Path.Combine(folder, "farm-project"));
        film.DrawStills();
        film.WriteYaml();
        using var postgres = PostgresServer.Start();
        Console.WriteLine($"\n== farm: synthetic film of {SyntheticFilm.ShotCount} shots x {film.ShotSeconds:0} s at {preset}, PostgreSQL on 127.0.0.1:{postgres.Port}");

        var times = new Dictionary<string, List<double>>();
        IReadOnlyList<string>? reference = null;
        var same = true;
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var (name, workers) in new[] { ("local renderer", 0), ("farm, 1 worker process", 1), ("farm, 2 worker processes", 2) })
            {
                var label = $"{name} (round {round})";
                var (seconds, frames) = workers == 0
                    ? await RenderAsync(label, folder, film, preset, null)
                    : await RenderWithWorkersAsync(label, folder, film, preset, postgres, workers, round);
                (times.TryGetValue(name, out var list) ? list : times[name] = []).Add(seconds);
                reference ??= frames;
                same &= reference.SequenceEqual(frames);
            }
        }
        double Median(string name) => times[name].Order().ElementAt(rounds / 2);
        var local = Median("local renderer");
        var one = Median("farm, 1 worker process");
        var two = Median("farm, 2 worker processes");

        Console.WriteLine();
        foreach (var (name, list) in times)
        {
            Console.WriteLine($"{"median " + name,-40} {Median(name),7:0.00} s   ({string.Join(", ", list.Select(t => t.ToString("0.00", CultureInfo.InvariantCulture)))})");
        }
        Program.Ratio("farm 1 worker / local", one / local, "<= 1.10", one / local <= 1.10);
        Program.Ratio("farm 2 workers / local", two / local, "(one machine: ~1)", true);
        Console.WriteLine($"{"frames identical to local (framemd5)",-40} {(same ? "yes" : "NO")} ({reference!.Count} frames)");
    }

    private static async Task<(double Seconds, IReadOnlyList<string> Frames)> RenderWithWorkersAsync(string name, string folder, SyntheticFilm film, string preset, PostgresServer postgres, int count, int round)
    {
        var database = $"bench_{count}_{round}";
        postgres.CreateDatabase(database);
        var connection = postgres.ConnectionString(database);
        var workers = Enumerable.Range(0, count).Select(_ => CliProcess.Start(["farm", "worker", "--connection", connection, "--quiet"])).ToList();
        try
        {
            var clock = Stopwatch.StartNew();
            while (FarmStatus.Read(FarmConnection.Parse(connection)).Servers.Count < count)
            {
                if (clock.Elapsed > TimeSpan.FromMinutes(1) || workers.Any(w => w.HasExited))
                {
                    throw new InvalidOperationException($"the {count} worker(s) did not start");
                }
                await Task.Delay(100);
            }
            return await RenderAsync(name, folder, film, preset, connection);
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Kill(entireProcessTree: true);
                await worker.WaitForExitAsync();
                worker.Dispose();
            }
        }
    }

    private static async Task<(double Seconds, IReadOnlyList<string> Frames)> RenderAsync(string name, string folder, SyntheticFilm film, string preset, string? farm)
    {
        var project = Path.Combine(folder, "farm-" + string.Concat(name.Where(char.IsLetterOrDigit)));
        Directory.CreateDirectory(Path.Combine(project, "images"));
        File.Copy(Path.Combine(film.Folder, "film.yaml"), Path.Combine(project, "film.yaml"));
        foreach (var still in Directory.GetFiles(Path.Combine(film.Folder, "images")))
        {
            File.Copy(still, Path.Combine(project, "images", Path.GetFileName(still)));
        }
        var output = Path.Combine(project, "out");
        List<string> arguments = ["render", project, "--preset", preset, "--silent", "--quiet", "--out", output];
        if (farm is not null)
        {
            arguments.AddRange(["--farm", farm]);
        }
        var outcome = await CliProcess.RunAsync(arguments, TimeSpan.FromHours(1));
        if (outcome.Exit != 0)
        {
            throw new InvalidOperationException($"{name}: legacypress render exited {outcome.Exit}: {outcome.Error}");
        }
        var seconds = outcome.Elapsed.TotalSeconds;
        Console.WriteLine($"{name,-40} {seconds,7:0.00} s");
        var video = Directory.GetFiles(output, "film*.mp4").Single();
        var hashes = await ExternalTool.RunAsync("ffmpeg", ["-v", "error", "-i", video, "-map", "0:v", "-f", "framemd5", "-"], CancellationToken.None);
        return (seconds, hashes.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList());
    }
}
