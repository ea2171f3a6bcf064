using LegacyPress.Render.Encoding;

namespace LegacyPress.Render.Films.Segments;

/// <summary>
/// What encodes the pieces of a cut that are not in the cache yet: this machine (<see cref="LocalPieceRenderer"/>) or
/// a render farm. Each piece is written to a temporary name and renamed to <see cref="FilmPiece.FilePath"/>, so a piece
/// is never seen half-written and rendering one twice is harmless.
/// </summary>
public interface IPieceRenderer
{
    /// <exception cref="RenderException">A piece could not be encoded.</exception>
    Task RenderAsync(PieceWork work, IProgress<RenderProgress>? progress, CancellationToken cancellation);
}

/// <summary>The pieces to encode of one cut, and the whole cut's piece list they belong to.</summary>
/// <param name="Request">The cut, its preset and burned captions; its film has its colour matches resolved.</param>
public sealed record PieceWork(RenderRequest Request, IReadOnlyList<FilmPiece> All, IReadOnlyList<FilmPiece> Stale)
{
    public int StaleFrames => Stale.Sum(p => p.Range.Count);
}
