using LegacyPress.Render.Frames;
using LegacyPress.Render.Look;
using SkiaSharp;

namespace LegacyPress.Render.Composition;

/// <summary>
/// One frame of a moving cover shot painted a band at a time: its still resampled row by row
/// (<see cref="BilinearResampler"/>), then graded by the shot's colour match, if it has one — the bytes
/// <see cref="ShotPainter.TryPaint"/> and the grade give the whole frame. Holds the still until disposed.
/// </summary>
internal sealed class ShotBands(StillLibrary.StillLease lease, SKPixmap pixels, BilinearResampler resampler, CubeGrader? grade) : IFrameBands
{
    public void Paint(int firstRow, BgraPixels band)
    {
        resampler.DrawRows(BgraPixels.Of(pixels), firstRow, band);
        grade?.Apply(band);
    }

    public void Dispose()
    {
        resampler.Dispose();
        lease.Dispose();
    }
}
