using LegacyPress.Render.Composition;
using LegacyPress.Render.Frames;

namespace LegacyPress.Render.Look;

/// <summary>Bands of a frame graded by the film's look one band at a time, while they are in the cache.</summary>
internal sealed class LookedBands(IFrameBands inner, LookProcessor look, int frameIndex) : IFrameBands
{
    public void Paint(int firstRow, BgraPixels band)
    {
        inner.Paint(firstRow, band);
        look.ApplyRows(band.Bytes, band.RowBytes, firstRow, band.HeightPixels, frameIndex);
    }

    public void Dispose() => inner.Dispose();
}
