namespace LegacyPress.Render.Look;

/// <summary>Where one frame's grain comes from: a tile of <see cref="FilmGrain"/> and the offset into it, in pixels.</summary>
public readonly record struct GrainPlacement(int Tile, int OffsetX, int OffsetY);
