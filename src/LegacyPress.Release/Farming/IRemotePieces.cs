using LegacyPress.Render.Films.Segments;

namespace LegacyPress.Release.Farming;

/// <summary>
/// Where a run sends the pieces of its cuts to be encoded instead of this machine (a render farm). Asked once per cut,
/// with the recipe a worker makes the same cut from.
/// </summary>
public interface IRemotePieces
{
    IPieceRenderer For(CutRecipe recipe);
}
