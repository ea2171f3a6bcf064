using Hangfire;
using Hangfire.PostgreSql;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Release;
using LegacyPress.Release;
using LegacyPress.Release.Farming;
using LegacyPress.Release.Running;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Films;
using LegacyPress.Render.Films.Segments;
using LegacyPress.Render.Media;

namespace LegacyPress.Farm.Tests;

/// <summary>
/// The coordinator's and a worker's rules on a real PostgreSQL with Hangfire in this process: a piece that fails three
/// times fails the render with its shots and the worker's words; a cancelled render deletes its jobs; a worker whose
/// project differs refuses the piece.
/// </summary>
[Collection(FarmCollection.Name)]
public sealed class InProcessFarmTests(FarmFixture fixture)
{
    private static readonly FarmTimings Quick = new() { InvisibilityTimeout = TimeSpan.FromSeconds(5), SchedulePollingInterval = TimeSpan.FromMilliseconds(200) };

    [Fact]
    public async Task A_piece_that_fails_three_times_fails_the_render_naming_the_piece_its_shots_and_the_workers_error()
    {
        var (connection, storage) = Storage();
        var database = new FarmDatabase(fixture.NewDatabaseConnectionOf(connection));
        var work = Work(fixture.CopyProject("failing"), first: 1);
        var tries = 0;
        var cuts = new WorkerCuts(() =>
        {
            Interlocked.Increment(ref tries);
            throw new CutRecipeException("the shared storage is not mounted here");
        }, new NoLog());
        using var server = Server(storage, new PieceJob(cuts, new EncodingPipeline(), new NoLog(), new EncodeSlots(1)));

        var failure = await Assert.ThrowsAsync<RenderException>(() => Renderer(storage, connection, work).RenderAsync(work, null, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2)));

        Assert.Contains("film piece 1/", failure.Message);
        Assert.Contains("shot shot-00", failure.Message);
        Assert.Contains("the shared storage is not mounted here", failure.Message);
        Assert.Contains("last on worker", failure.Message);
        Assert.Equal(3, tries);
        Assert.Equal(["Failed"], await database.CurrentStatesAsync());
    }

    [Fact]
    public async Task A_cancelled_render_deletes_its_jobs_so_no_worker_starts_them()
    {
        var (connection, storage) = Storage();
        var database = new FarmDatabase(fixture.NewDatabaseConnectionOf(connection));
        var work = Work(fixture.CopyProject("cancelled"), first: 5);
        using var cancel = new CancellationTokenSource();

        var render = Renderer(storage, connection, work).RenderAsync(work, null, cancel.Token);
        while (await database.JobCountAsync() < 5)
        {
            await Task.Delay(50);
        }
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => render.WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.Equal(Enumerable.Repeat("Deleted", 5), await database.CurrentStatesAsync());
    }

    [Fact]
    public async Task A_worker_that_sees_another_project_refuses_the_piece_naming_both_fingerprints()
    {
        var project = fixture.CopyProject("mismatch");
        var work = Work(project, first: 1);
        var piece = work.Stale[0];
        var order = Order(project, work, piece, fingerprint: new string('0', 64));
        using var cuts = LocalCuts();

        var refused = await Assert.ThrowsAsync<ProjectMismatchException>(() => cuts.GetAsync(order, CancellationToken.None));

        Assert.Contains($"the project this worker sees at {project} is not the one the coordinator rendered", refused.Message);
        Assert.Contains("000000000000 there", refused.Message);
        Assert.Contains(piece.Fingerprint[..12] + " (frames", refused.Message);
    }

    [Fact]
    public async Task A_worker_that_sees_the_coordinators_project_renders_the_piece_it_was_sent()
    {
        var project = fixture.CopyProject("same");
        var work = Work(project, first: 1);
        var piece = work.Stale[0];
        var order = Order(project, work, piece, piece.Fingerprint);
        using var cuts = LocalCuts();

        await new PieceJob(cuts, new EncodingPipeline(), new NoLog(), new EncodeSlots(1)).RenderAsync(order, null, CancellationToken.None);

        Assert.True(File.Exists(piece.FilePath));
        Assert.DoesNotContain(Directory.GetFiles(Path.GetDirectoryName(piece.FilePath)!), f => f.Contains(".partial-", StringComparison.Ordinal));
    }

    private static PieceOrder Order(string project, PieceWork work, FilmPiece piece, string fingerprint) =>
        new(new CutRecipe(project, CutRecipe.FilmCutName, null, null, null), piece.Index, work.All.Count,
            piece.Range.StartFrame, piece.Range.EndFrame, fingerprint, piece.FilePath, ReleaseEnvironment.CurrentToolVersion, ["shot-00"]);

    /// <summary>Cuts made by this process, as a worker on this machine makes them.</summary>
    private static WorkerCuts LocalCuts() =>
        new(() => new ReleaseEnvironment(FrameDrawers.Film, RepositoryTemplates.Folder, SilentObserver.Instance), new NoLog());

    private (FarmConnection Connection, PostgreSqlStorage Storage) Storage()
    {
        var connection = FarmConnection.Parse(fixture.NewDatabase());
        return (connection, connection.OpenStorage(Quick));
    }

    private static FarmPieceRenderer Renderer(PostgreSqlStorage storage, FarmConnection connection, PieceWork work) =>
        new(storage, connection, new CutRecipe(work.Request.Film.Project.Directory, CutRecipe.FilmCutName, null, null, null), Quick);

    /// <summary>The first pieces of the synthetic film as a coordinator plans them (the project's own segments folder).</summary>
    private static PieceWork Work(string project, int first)
    {
        var loaded = new FilmLoader(new MediaInspector()).Load(project);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Diagnostics));
        var timeline = TimelinePlanner.Plan(loaded.Film!).Timeline!;
        var request = new RenderRequest(loaded.Film!, timeline, RenderPresets.For(loaded.Film!.Output), Path.Combine(project, "out"));
        var segments = Path.Combine(loaded.Film!.Project.CacheDirectory, "segments");
        Directory.CreateDirectory(segments);
        var pieces = FilmPieces.Of(request, ReleaseEnvironment.CurrentToolVersion, new FileHashes(), segments);
        return new PieceWork(request, pieces, pieces.Take(first).ToList());
    }

    private static BackgroundJobServer Server(PostgreSqlStorage storage, PieceJob job) =>
        new(new BackgroundJobServerOptions
        {
            Queues = [FarmTimings.Queue],
            WorkerCount = 1,
            SchedulePollingInterval = Quick.SchedulePollingInterval,
            Activator = new OneJob(job),
        }, storage);

    private sealed class OneJob(PieceJob job) : JobActivator
    {
        public override object ActivateJob(Type jobType) => job;
    }

    private sealed class NoLog : IFarmWorkerLog
    {
        public void Line(string text)
        {
        }
    }
}
