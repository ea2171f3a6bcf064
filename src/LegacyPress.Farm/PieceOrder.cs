using LegacyPress.Release.Farming;

namespace LegacyPress.Farm;

/// <summary>
/// One farm job: which piece of which cut to encode, and what the coordinator expects it to be — its fingerprint, its
/// file on shared storage and the LegacyPress build that planned it. Plain values, as Hangfire stores a job's arguments.
/// </summary>
/// <param name="Index">The piece's place in the cut's piece list, from 0.</param>
/// <param name="Shots">The ids of the shots the piece shows, for messages.</param>
public sealed record PieceOrder(CutRecipe Recipe, int Index, int Count, int StartFrame, int EndFrame, string Fingerprint, string FilePath, string ToolVersion, IReadOnlyList<string> Shots)
{
    public int Frames => EndFrame - StartFrame;

    /// <summary>How the job is named in the dashboard and in messages.</summary>
    public override string ToString() =>
        $"{Recipe.Cut} piece {Index + 1}/{Count} (frames {StartFrame}–{EndFrame - 1}{(Shots.Count > 0 ? $", shot {string.Join(", ", Shots)}" : "")})";
}
