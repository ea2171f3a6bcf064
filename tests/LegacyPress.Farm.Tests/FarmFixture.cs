using LegacyPress.TestSupport;

namespace LegacyPress.Farm.Tests;

/// <summary>
/// What the farm tests share: a real PostgreSQL server, the 60-shot synthetic film at <c>preview</c> (1 s shots of
/// 960x540 stills), and the frames of a local render of it (<c>ffmpeg -f framemd5</c>) that every farm render must equal.
/// </summary>
public sealed class FarmFixture : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private int databases;

    public PostgresServer Postgres { get; private set; } = null!;

    /// <summary>The synthetic project; tests render copies of it (<see cref="CopyProject"/>), so each has its own pieces.</summary>
    public string Project => Path.Combine(folder.Path, "project");

    /// <summary>The local render's frame hashes, one line per frame.</summary>
    public IReadOnlyList<string> LocalFrames { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Postgres = PostgresServer.Start();
        var film = new SyntheticFilm(Project, shotSeconds: 1, stillWidth: 960, stillHeight: 540);
        film.DrawStills();
        film.WriteYaml();
        var local = CopyProject("local");
        var output = Path.Combine(folder.Path, "local-out");
        var outcome = await CliProcess.RunAsync(["render", local, "--silent", "--quiet", "--out", output], TimeSpan.FromMinutes(5));
        Assert.True(outcome.Exit == 0, outcome.Error);
        LocalFrames = await FrameHashes.OfAsync(Path.Combine(output, "film-preview.mp4"));
    }

    /// <summary>A fresh database on the server for one test, and its connection string.</summary>
    public string NewDatabase()
    {
        var name = $"farm_{Interlocked.Increment(ref databases)}";
        Postgres.CreateDatabase(name);
        return Postgres.ConnectionString(name);
    }

    /// <summary>The connection string of the database <paramref name="connection"/> was opened on (the one <see cref="NewDatabase"/> made last).</summary>
    public string NewDatabaseConnectionOf(FarmConnection connection) => Postgres.ConnectionString(connection.Display.Split('/')[^1]);

    /// <summary>A copy of the synthetic project (film.yaml and stills, no cache) under a new name.</summary>
    public string CopyProject(string name)
    {
        var copy = Path.Combine(folder.Path, name);
        Directory.CreateDirectory(Path.Combine(copy, "images"));
        File.Copy(Path.Combine(Project, "film.yaml"), Path.Combine(copy, "film.yaml"));
        foreach (var still in Directory.GetFiles(Path.Combine(Project, "images")))
        {
            File.Copy(still, Path.Combine(copy, "images", Path.GetFileName(still)));
        }
        return copy;
    }

    public string Scratch(string name) => Path.Combine(folder.Path, name);

    public Task DisposeAsync()
    {
        Postgres?.Dispose();
        folder.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class FarmCollection : ICollectionFixture<FarmFixture>
{
    public const string Name = "farm";
}
