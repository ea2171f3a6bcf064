using System.Diagnostics;
using System.Text.Json;
using LegacyPress.TestSupport;

namespace LegacyPress.Farm.Tests;

/// <summary>
/// Issue 20's acceptance, end to end: a real PostgreSQL, three real <c>legacypress farm worker</c> processes, and the
/// real CLI as coordinator (<c>render --farm</c>) on the 60-shot synthetic film at preview.
/// </summary>
[Collection(FarmCollection.Name)]
public sealed class FarmRenderTests(FarmFixture fixture)
{
    private static readonly TimeSpan RenderTimeout = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task Three_workers_render_the_film_frame_identical_to_a_local_render_each_piece_succeeding_once_and_a_second_run_enqueues_nothing()
    {
        var connection = fixture.NewDatabase();
        var database = new FarmDatabase(connection);
        using var workers = new WorkerProcesses(connection, 3, invisibilitySeconds: 10);
        await workers.WaitRegisteredAsync(database);
        var project = fixture.CopyProject("three-workers");
        var output = fixture.Scratch("three-workers-out");

        var first = await RenderAsync(project, output, connection);

        Assert.True(first.Exit == 0, first.Error + workers.Output);
        var result = JsonDocument.Parse(first.Out).RootElement;
        var pieces = result.GetProperty("pieces").GetInt32();
        Assert.True(pieces >= 10, $"the synthetic film is cut into {pieces} pieces");
        Assert.Equal(pieces, result.GetProperty("piecesRendered").GetInt32());
        Assert.Equal(fixture.LocalFrames, await FrameHashes.OfAsync(Path.Combine(output, "film-preview.mp4")));
        var histories = await database.HistoriesAsync();
        Assert.Equal(pieces, histories.Count);
        var servers = await database.ServersAsync();
        Assert.Equal(3, servers.Count);
        Assert.All(histories.Values, history =>
        {
            Assert.Single(history, s => s.State == "Succeeded");
            Assert.Contains(history, s => s.State == "Processing" && servers.Contains(s.Server!));
        });
        Assert.Equal(workers.Pids.Order(), servers.Select(FarmDatabase.Pid).Order());

        var status = await CliProcess.RunAsync(["farm", "status", "--connection", connection, "--json"], TimeSpan.FromMinutes(1));
        Assert.True(status.Exit == 0, status.Error);
        var farm = JsonDocument.Parse(status.Out).RootElement.GetProperty("farm");
        Assert.Equal(3, farm.GetProperty("servers").GetArrayLength());
        Assert.Equal(pieces, farm.GetProperty("succeeded").GetInt64());

        var second = await RenderAsync(project, output, connection);

        Assert.True(second.Exit == 0, second.Error);
        Assert.Equal(0, JsonDocument.Parse(second.Out).RootElement.GetProperty("piecesRendered").GetInt32());
        Assert.Equal(pieces, await database.JobCountAsync());
    }

    [Fact]
    public async Task A_worker_killed_mid_piece_leaves_its_piece_to_another_worker_and_the_film_still_comes_out_identical()
    {
        var connection = fixture.NewDatabase();
        var database = new FarmDatabase(connection);
        using var workers = new WorkerProcesses(connection, 3, invisibilitySeconds: 3);
        await workers.WaitRegisteredAsync(database);
        var project = fixture.CopyProject("killed-worker");
        var output = fixture.Scratch("killed-worker-out");

        var render = RenderAsync(project, output, connection);
        var clock = Stopwatch.StartNew();
        (long Job, string Server)? victim = null;
        while (victim is null && !render.IsCompleted && clock.Elapsed < RenderTimeout)
        {
            victim = await database.ProcessingAsync();
            await Task.Delay(50);
        }
        Assert.True(victim is not null, "no piece was seen rendering");
        // Into the piece, not at its first frame.
        await Task.Delay(300);
        Process.GetProcessById(FarmDatabase.Pid(victim.Value.Server)).Kill();
        var outcome = await render;

        Assert.True(outcome.Exit == 0, outcome.Error + workers.Output);
        Assert.Equal(fixture.LocalFrames, await FrameHashes.OfAsync(Path.Combine(output, "film-preview.mp4")));
        var history = (await database.HistoriesAsync())[victim.Value.Job];
        var ranOn = history.Where(s => s.State == "Processing").Select(s => s.Server).ToList();
        Assert.Equal(victim.Value.Server, ranOn[0]);
        Assert.Contains(ranOn, s => s != victim.Value.Server);
        Assert.Single(history, s => s.State == "Succeeded");
    }

    [Fact]
    public async Task An_unreachable_database_is_one_clear_error_naming_the_host_and_nothing_is_written()
    {
        var port = PostgresServer.FreePort();
        var project = fixture.CopyProject("unreachable");
        var output = fixture.Scratch("unreachable-out");

        var outcome = await CliProcess.RunAsync(
            ["render", project, "--silent", "--out", output, "--farm", $"Host=127.0.0.1;Port={port};Database=farm;Username=studio;Password=hunter2-secret"],
            TimeSpan.FromMinutes(2));

        Assert.NotEqual(0, outcome.Exit);
        Assert.Contains($"cannot reach the farm database 127.0.0.1:{port}/farm", outcome.Error);
        Assert.DoesNotContain("hunter2", outcome.Error + outcome.Out);
        Assert.DoesNotContain("   at ", outcome.Error);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output, "*.mp4").Any());
    }

    [Fact]
    public async Task The_dashboard_serves_hangfires_pages_of_the_farm_on_loopback()
    {
        var connection = fixture.NewDatabase();
        var port = PostgresServer.FreePort();
        using var dashboard = CliProcess.Start(["farm", "dashboard", "--connection", connection, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        try
        {
            var started = await dashboard.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1));
            Assert.Equal($"farm dashboard of 127.0.0.1:{fixture.Postgres.Port}/farm_{connection.Split("farm_")[1].Split(';')[0]} on http://127.0.0.1:{port}/ (Ctrl+C to stop)", started);
            using var http = new HttpClient();

            var page = await http.GetStringAsync($"http://127.0.0.1:{port}/servers");

            Assert.Contains("LegacyPress farm", page);
            Assert.DoesNotContain("Username=", page);
        }
        finally
        {
            dashboard.Kill(entireProcessTree: true);
            await dashboard.WaitForExitAsync();
        }
    }

    private static Task<CliOutcome> RenderAsync(string project, string output, string connection) =>
        CliProcess.RunAsync(["render", project, "--silent", "--json", "--out", output, "--farm", connection], RenderTimeout);
}
