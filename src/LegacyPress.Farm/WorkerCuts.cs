using LegacyPress.Release.Farming;
using LegacyPress.Release.Running;
using LegacyPress.Render.Films;
using LegacyPress.Render.Films.Segments;

namespace LegacyPress.Farm;

/// <summary>
/// The cuts a worker process has made from their recipes, kept while pieces of them keep coming: a film is loaded,
/// checked and planned once per worker, not once per piece. A cut whose pieces no longer match what the coordinator
/// sends (the project changed since) is made again from the project as it is now; if it still does not match, the
/// worker sees another project than the coordinator and the piece fails with both fingerprints named.
/// </summary>
public sealed class WorkerCuts(Func<ReleaseEnvironment> environment, IFarmWorkerLog log) : IDisposable
{
    /// <summary>Film, trailer and vertical trailer of one project, and a little room for a second.</summary>
    private const int Kept = 4;

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly List<(CutRecipe Recipe, WorkerCut Cut)> cuts = [];

    /// <exception cref="ProjectMismatchException">The project here does not make the piece the coordinator planned.</exception>
    /// <exception cref="CutRecipeException">The project does not load or prepare here.</exception>
    public async Task<WorkerCut> GetAsync(PieceOrder order, CancellationToken cancellation)
    {
        await gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var index = cuts.FindIndex(c => c.Recipe == order.Recipe);
            if (index >= 0)
            {
                var (_, kept) = cuts[index];
                if (kept.Plans(order))
                {
                    return kept;
                }
                // Made from the project as it was before it changed: made again from what is there now.
                cuts.RemoveAt(index);
                kept.Retire();
            }
            log.Line($"preparing {order.Recipe.Cut} of {order.Recipe.ProjectPath}");
            var cut = await MakeAsync(order.Recipe, cancellation).ConfigureAwait(false);
            if (!cut.Plans(order))
            {
                var mismatch = cut.Mismatch(order);
                cut.Retire();
                throw new ProjectMismatchException(mismatch);
            }
            cuts.Insert(0, (order.Recipe, cut));
            while (cuts.Count > Kept)
            {
                cuts[^1].Cut.Retire();
                cuts.RemoveAt(cuts.Count - 1);
            }
            return cut;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<WorkerCut> MakeAsync(CutRecipe recipe, CancellationToken cancellation)
    {
        var made = environment();
        var drawers = made.Drawers;
        var prepared = await recipe.PrepareAsync(made, cancellation).ConfigureAwait(false);
        try
        {
            var film = prepared.Film;
            Directory.CreateDirectory(prepared.SegmentsDirectory);
            // Planned exactly as the coordinator's segmented renderer plans them.
            var (request, pieces) = FilmPieces.Plan(prepared.Request, film.ToolVersion, film.Hashes, prepared.SegmentsDirectory, cancellation);
            return new WorkerCut(prepared, film.ToolVersion, pieces, FilmPieces.Encoder(request.Preset), new DrawerPool(() =>
            {
                var drawer = request.MakeDrawer(drawers);
                FilmRenderer.CheckDrawer(drawer, request.Preset, request.Timeline.TotalFrames);
                return drawer;
            }));
        }
        catch
        {
            prepared.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var (_, cut) in cuts)
        {
            cut.Retire();
        }
        cuts.Clear();
        gate.Dispose();
    }
}

/// <summary>One cut as a worker made it: its pieces as this worker sees them, their encoder settings and a pool of drawers.</summary>
public sealed class WorkerCut(PreparedCut prepared, string toolVersion, IReadOnlyList<FilmPiece> pieces, Render.Encoding.X264Settings encoder, DrawerPool drawers)
{
    public IReadOnlyList<FilmPiece> Pieces { get; } = pieces;

    public Render.Encoding.X264Settings Encoder { get; } = encoder;

    public DrawerPool Drawers { get; } = drawers;

    /// <summary>Whether the piece the coordinator sent is this cut's piece: the same list, the same frames, the same fingerprint and file.</summary>
    public bool Plans(PieceOrder order) =>
        Pieces.Count == order.Count && order.Index < Pieces.Count && Pieces[order.Index] is var piece &&
        piece.Fingerprint == order.Fingerprint && piece.Range.StartFrame == order.StartFrame && piece.Range.EndFrame == order.EndFrame &&
        string.Equals(Path.GetFullPath(piece.FilePath), Path.GetFullPath(order.FilePath), StringComparison.Ordinal);

    /// <summary>How the piece the coordinator sent differs from what this worker makes of the project.</summary>
    public string Mismatch(PieceOrder order)
    {
        var where = $"the project this worker sees at {order.Recipe.ProjectPath} is not the one the coordinator rendered";
        var build = toolVersion == order.ToolVersion ? "" : $"; this worker runs LegacyPress {toolVersion}, the coordinator {order.ToolVersion}";
        if (Pieces.Count != order.Count)
        {
            return $"{where}: it cuts the {order.Recipe.Cut} into {Pieces.Count} pieces, the coordinator into {order.Count}{build}";
        }
        var piece = Pieces[order.Index];
        return piece.Fingerprint != order.Fingerprint || piece.Range.StartFrame != order.StartFrame || piece.Range.EndFrame != order.EndFrame
            ? $"{where}: {order} has fingerprint {piece.Fingerprint[..12]} (frames {piece.Range.StartFrame}–{piece.Range.EndFrame - 1}) here and {order.Fingerprint[..12]} there — are the project's files the same on every machine?{build}"
            : $"{where}: its piece file is {piece.FilePath} here and {order.FilePath} there (mount the shared storage at the same path on every machine){build}";
    }

    /// <summary>No more pieces are taken from this cut: idle drawers are freed now, busy ones when handed back.</summary>
    public void Retire()
    {
        Drawers.Retire();
        prepared.Dispose();
    }
}

/// <summary>The project a worker sees does not make the piece the coordinator planned: retrying cannot help.</summary>
public sealed class ProjectMismatchException(string message) : Exception(message);
