using LegacyPress.Render.Composition;
using LegacyPress.Render.Frames;

namespace LegacyPress.Render.Encoding;

/// <summary>
/// A frame painted a band at a time (<see cref="IFrameBands"/>) and converted to yuv420p band by band, through one
/// small BGRA buffer: each band is painted, graded and converted while it is still in the cache, and the frame's
/// 8 MB of BGRA never exist.
/// </summary>
public static class BandedYuv420
{
    /// <summary>
    /// Rows a band: 16 rows of 1080p are 120 KB, which stay in a core's L2 cache (0.5–2 MB on current x86) together
    /// with the source rows they are resampled from; the per-band work (taps, grain placement) is small either way.
    /// </summary>
    public const int BandRows = 16;

    /// <summary>The buffer one drawing thread converts through, for frames <paramref name="widthPixels"/> wide.</summary>
    public static byte[] NewBuffer(int widthPixels) => new byte[widthPixels * 4 * BandRows];

    /// <summary>Paints every band of a <paramref name="widthPixels"/> x <paramref name="heightPixels"/> frame through <paramref name="buffer"/> into <paramref name="yuv"/>.</summary>
    public static void Convert(IFrameBands bands, int widthPixels, int heightPixels, Span<byte> buffer, Span<byte> yuv)
    {
        var rowBytes = widthPixels * 4;
        if (buffer.Length < rowBytes * BandRows)
        {
            throw new ArgumentException($"the band buffer holds fewer than {BandRows} rows", nameof(buffer));
        }
        for (var firstRow = 0; firstRow < heightPixels; firstRow += BandRows)
        {
            var rows = Math.Min(BandRows, heightPixels - firstRow);
            bands.Paint(firstRow, new BgraPixels(buffer[..(rows * rowBytes)], widthPixels, rows, rowBytes));
            Yuv420Converter.FromBgraRows(buffer, rowBytes, widthPixels, heightPixels, firstRow, rows, yuv);
        }
    }
}
