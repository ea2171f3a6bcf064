namespace LegacyPress.Render.Encoding;

/// <summary>
/// Converts Skia's BGRA frames to planar yuv420p with the BT.709 limited-range ("TV") matrix, averaging
/// each 2x2 block for chroma. Done here rather than in ffmpeg so half as many bytes cross the pipe.
/// </summary>
/// <remarks>
/// Runs on the calling thread only: the pipeline already draws frames on several threads, and every CPU
/// millisecond spent here is one the encoder does not get, however it is spread.
/// </remarks>
public static unsafe class Yuv420Converter
{
    /// <summary>Bytes of one yuv420p frame of an even-sized picture.</summary>
    public static int FrameBytes(int widthPixels, int heightPixels) => widthPixels * heightPixels * 3 / 2;

    /// <summary>
    /// Writes the Y, U and V planes of a <paramref name="widthPixels"/> x <paramref name="heightPixels"/> BGRA picture
    /// (opaque or premultiplied over black, <paramref name="strideBytes"/> per row) into <paramref name="yuv"/>.
    /// </summary>
    public static void FromBgra(ReadOnlySpan<byte> bgra, int strideBytes, int widthPixels, int heightPixels, Span<byte> yuv) =>
        FromBgra(bgra, strideBytes, widthPixels, heightPixels, yuv, Yuv420Paths.Best);

    /// <summary>As the public overload, on a chosen <paramref name="path"/>, so tests can hold each one to the scalar bytes.</summary>
    internal static void FromBgra(ReadOnlySpan<byte> bgra, int strideBytes, int widthPixels, int heightPixels, Span<byte> yuv, Yuv420Path path) =>
        FromBgraRows(bgra, strideBytes, widthPixels, heightPixels, 0, heightPixels, yuv, path);

    /// <summary>
    /// Converts a band of a frame: <paramref name="rowCount"/> BGRA rows held in <paramref name="band"/> from its
    /// start, which are the frame's rows from <paramref name="firstRow"/> on, into their place in the frame's
    /// <paramref name="yuv"/> planes — the bytes converting the whole frame gives them. Both counts are even.
    /// </summary>
    public static void FromBgraRows(ReadOnlySpan<byte> band, int strideBytes, int widthPixels, int heightPixels, int firstRow, int rowCount, Span<byte> yuv) =>
        FromBgraRows(band, strideBytes, widthPixels, heightPixels, firstRow, rowCount, yuv, Yuv420Paths.Best);

    private static void FromBgraRows(ReadOnlySpan<byte> band, int strideBytes, int widthPixels, int heightPixels, int firstRow, int rowCount, Span<byte> yuv, Yuv420Path path)
    {
        if (widthPixels <= 0 || heightPixels <= 0 || widthPixels % 2 != 0 || heightPixels % 2 != 0)
        {
            throw new ArgumentException($"yuv420p needs an even, non-empty frame size; got {widthPixels}x{heightPixels}");
        }
        if (firstRow < 0 || rowCount <= 0 || firstRow % 2 != 0 || rowCount % 2 != 0 || firstRow + rowCount > heightPixels)
        {
            throw new ArgumentException($"rows {firstRow}..{firstRow + rowCount - 1} are not an even band of a frame {heightPixels} high");
        }
        if (strideBytes < widthPixels * 4 || band.Length < strideBytes * (rowCount - 1) + widthPixels * 4)
        {
            throw new ArgumentException("the BGRA buffer is smaller than the frame", nameof(band));
        }
        if (yuv.Length < FrameBytes(widthPixels, heightPixels))
        {
            throw new ArgumentException("the yuv420p buffer is smaller than the frame", nameof(yuv));
        }
        if (!path.IsSupported())
        {
            throw new PlatformNotSupportedException($"this machine cannot run the {path} yuv420p conversion");
        }

        var chromaWidth = widthPixels / 2;
        var chromaHeight = heightPixels / 2;
        fixed (byte* source = band)
        fixed (byte* target = yuv)
        {
            var uPlane = target + (nint)widthPixels * heightPixels;
            var vPlane = uPlane + (nint)chromaWidth * chromaHeight;
            for (var pairInBand = 0; pairInBand < rowCount / 2; pairInBand++)
            {
                var pair = firstRow / 2 + pairInBand;
                var bgra0 = source + (nint)(2 * pairInBand) * strideBytes;
                var y0 = target + (nint)(2 * pair) * widthPixels;
                var rows = new Yuv420RowPair(bgra0, bgra0 + strideBytes, y0, y0 + widthPixels,
                    uPlane + (nint)pair * chromaWidth, vPlane + (nint)pair * chromaWidth);
                var converted = path switch
                {
                    Yuv420Path.Avx2 => Yuv420Avx2Rows.Convert(rows, widthPixels),
                    Yuv420Path.Vector128 => Yuv420Vector128Rows.Convert(rows, widthPixels),
                    _ => 0,
                };
                Yuv420ScalarRows.Convert(rows, converted, widthPixels);
            }
        }
    }
}
