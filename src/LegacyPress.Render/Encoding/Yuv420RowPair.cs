namespace LegacyPress.Render.Encoding;

/// <summary>
/// One pair of BGRA rows and where its yuv420p output goes: a row of luma for each, one row of each chroma plane.
/// </summary>
internal readonly unsafe struct Yuv420RowPair(byte* bgra0, byte* bgra1, byte* y0, byte* y1, byte* u, byte* v)
{
    public readonly byte* Bgra0 = bgra0;
    public readonly byte* Bgra1 = bgra1;
    public readonly byte* Y0 = y0;
    public readonly byte* Y1 = y1;
    public readonly byte* U = u;
    public readonly byte* V = v;
}
