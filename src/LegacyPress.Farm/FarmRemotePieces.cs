using Hangfire.PostgreSql;
using LegacyPress.Release.Farming;
using LegacyPress.Render.Films.Segments;

namespace LegacyPress.Farm;

/// <summary>A run's pieces sent to the farm on one database: <c>render|trailer|release --farm</c>.</summary>
public sealed class FarmRemotePieces : IRemotePieces
{
    private readonly FarmConnection connection;
    private readonly FarmTimings timings;
    private readonly PostgreSqlStorage storage;

    /// <exception cref="FarmException">The database cannot be reached: said before the film is prepared, not after.</exception>
    public FarmRemotePieces(FarmConnection connection, FarmTimings? timings = null)
    {
        this.connection = connection;
        this.timings = timings ?? new FarmTimings();
        storage = connection.OpenStorage(this.timings);
    }

    public IPieceRenderer For(CutRecipe recipe) => new FarmPieceRenderer(storage, connection, recipe, timings);
}
