using System.Buffers.Binary;

namespace LegacyPress.Core.Loading;

/// <summary>The picture formats a project may hold.</summary>
public enum ImageFormat
{
    Png,
    Jpeg,
    WebP,
}

/// <summary>
/// A picture's format and pixel size as its header states them (PNG <c>IHDR</c>, JPEG start-of-frame, WebP
/// <c>VP8 </c>/<c>VP8L</c>/<c>VP8X</c>), read from a few bytes without a codec: what <see cref="ImageLimits"/> is
/// checked against before anything decodes the file. A codec may refuse a header this accepts (it is not a proof the
/// file decodes), but whatever size the file claims is known before a pixel buffer exists.
/// </summary>
public sealed record ImageHeader(ImageFormat Format, int Width, int Height)
{
    /// <summary>JPEG segments passed over looking for the frame header; real files have a handful (APPn, DQT, DHT).</summary>
    private const int MaxJpegSegments = 1024;

    /// <summary>The header of the picture <paramref name="stream"/> starts with, or null when it is not a PNG, JPEG or WebP.</summary>
    public static ImageHeader? Read(Stream stream)
    {
        Span<byte> start = stackalloc byte[30];
        var length = ReadAtMost(stream, start);
        var head = start[..length];
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png(head);
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8]))
        {
            // The frame header may come after tens of kilobytes of metadata (EXIF thumbnails): walk the segments.
            return stream.CanSeek ? Jpeg(stream) : null;
        }
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP(head);
        }
        return null;
    }

    private static ImageHeader? Png(ReadOnlySpan<byte> head)
    {
        if (head.Length < 24 || !head[12..16].SequenceEqual("IHDR"u8))
        {
            return null;
        }
        return Sized(ImageFormat.Png, BinaryPrimitives.ReadUInt32BigEndian(head[16..]), BinaryPrimitives.ReadUInt32BigEndian(head[20..]));
    }

    private static ImageHeader? Jpeg(Stream stream)
    {
        stream.Position = 2;
        Span<byte> segment = stackalloc byte[7];
        for (var i = 0; i < MaxJpegSegments; i++)
        {
            var marker = NextMarker(stream);
            if (marker is null or 0xD9 or 0xDA)
            {
                // End of image, or scan data before any frame header: not a picture we can size.
                return null;
            }
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue; // markers without a length
            }
            if (ReadAtMost(stream, segment[..2]) < 2)
            {
                return null;
            }
            var segmentLength = BinaryPrimitives.ReadUInt16BigEndian(segment);
            if (segmentLength < 2)
            {
                return null;
            }
            if (IsStartOfFrame(marker.Value))
            {
                // length (2), precision (1), height (2), width (2)
                if (ReadAtMost(stream, segment[2..7]) < 5)
                {
                    return null;
                }
                return Sized(ImageFormat.Jpeg, BinaryPrimitives.ReadUInt16BigEndian(segment[5..]), BinaryPrimitives.ReadUInt16BigEndian(segment[3..]));
            }
            stream.Seek(segmentLength - 2, SeekOrigin.Current);
        }
        return null;
    }

    /// <summary>The next marker's code, skipping the fill bytes (0xFF) that may pad before it; null at the end or on junk.</summary>
    private static int? NextMarker(Stream stream)
    {
        if (stream.ReadByte() != 0xFF)
        {
            return null;
        }
        int code;
        do
        {
            code = stream.ReadByte();
        }
        while (code == 0xFF);
        return code < 0 ? null : code;
    }

    // SOF0–SOF15 less DHT (C4), JPG (C8) and DAC (CC), which share the range.
    private static bool IsStartOfFrame(int marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);

    private static ImageHeader? WebP(ReadOnlySpan<byte> head)
    {
        if (head.Length < 25)
        {
            return null;
        }
        var chunk = head[12..16];
        var data = head[20..];
        if (chunk.SequenceEqual("VP8 "u8) && data.Length >= 10)
        {
            // Lossy: a 3-byte frame tag, the start code 9D 01 2A, then 14-bit width and height.
            return data[3..6].SequenceEqual((ReadOnlySpan<byte>)[0x9D, 0x01, 0x2A])
                ? Sized(ImageFormat.WebP, BinaryPrimitives.ReadUInt16LittleEndian(data[6..]) & 0x3FFFu, BinaryPrimitives.ReadUInt16LittleEndian(data[8..]) & 0x3FFFu)
                : null;
        }
        if (chunk.SequenceEqual("VP8L"u8))
        {
            // Lossless: the signature 0x2F, then width - 1 and height - 1 in 14 bits each.
            if (data[0] != 0x2F)
            {
                return null;
            }
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[1..]);
            return Sized(ImageFormat.WebP, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }
        if (chunk.SequenceEqual("VP8X"u8) && data.Length >= 10)
        {
            // Extended: flags and reserved bytes, then the canvas's width - 1 and height - 1 in 24 bits each.
            return Sized(ImageFormat.WebP, UInt24(data[4..]) + 1, UInt24(data[7..]) + 1);
        }
        return null;
    }

    private static uint UInt24(ReadOnlySpan<byte> bytes) => bytes[0] | ((uint)bytes[1] << 8) | ((uint)bytes[2] << 16);

    // A size of 0 is no picture; one beyond int (a PNG may claim 4 billion) is clamped, which the limits refuse all the same.
    private static ImageHeader? Sized(ImageFormat format, uint width, uint height) =>
        width == 0 || height == 0 ? null : new ImageHeader(format, (int)Math.Min(width, int.MaxValue), (int)Math.Min(height, int.MaxValue));

    private static int ReadAtMost(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = stream.Read(buffer[total..]);
            if (read == 0)
            {
                break;
            }
            total += read;
        }
        return total;
    }
}
