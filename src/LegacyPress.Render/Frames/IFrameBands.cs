using LegacyPress.Render.Composition;

namespace LegacyPress.Render.Frames;

/// <summary>
/// One frame that can be painted a band of rows at a time with no canvas (a moving shot with nothing drawn over it).
/// The pipeline paints each band into a small buffer that stays in the CPU's cache and converts it to yuv420p at
/// once, instead of writing the 8 MB frame and reading it back — twice more when the look grades it in place. On 2
/// cores every such pass over memory is taken from x264, and evicts its working set besides.
/// </summary>
/// <remarks>Used by one thread; disposing it lets go of what the frame holds (its still, its resampling taps).</remarks>
public interface IFrameBands : IDisposable
{
    /// <summary>
    /// Paints the frame's rows from <paramref name="firstRow"/> on into <paramref name="band"/> (frame-wide, as many
    /// rows as it is high): to the bit what <see cref="IFrameDrawer.Render"/> puts in those rows.
    /// </summary>
    void Paint(int firstRow, BgraPixels band);
}
