using System.Buffers.Binary;

namespace LegacyPress.Promo.Drawing;

/// <summary>
/// Writes the resolution into encoded files, which Skia's encoders leave out: a PNG <c>pHYs</c> chunk and the
/// JFIF density of a JPEG. Print shops read it to know a 8175 px poster is 27.25 in at 300 dpi.
/// </summary>
public static class ImageMetadata
{
    private const double InchesPerMetre = 39.3700787;

    /// <summary>The PNG with a pHYs chunk (pixels per metre) right after IHDR, replacing any it had.</summary>
    public static byte[] SetPngDpi(ReadOnlySpan<byte> png, int dpi)
    {
        const int signature = 8;
        var ihdrLength = BinaryPrimitives.ReadInt32BigEndian(png[signature..]);
        var afterIhdr = signature + 12 + ihdrLength;
        var perMetre = (uint)Math.Round(dpi * InchesPerMetre);
        var chunk = new byte[21];
        BinaryPrimitives.WriteInt32BigEndian(chunk, 9);
        "pHYs"u8.CopyTo(chunk.AsSpan(4));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8), perMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(12), perMetre);
        chunk[16] = 1; // unit: metre
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(17), Crc32(chunk.AsSpan(4, 13)));
        var output = new List<byte>(png.Length + chunk.Length);
        output.AddRange(png[..afterIhdr]);
        output.AddRange(chunk);
        var rest = png[afterIhdr..];
        // Drop an existing pHYs so readers never see two.
        while (rest.Length >= 12)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(rest);
            var type = rest.Slice(4, 4);
            if (!type.SequenceEqual("pHYs"u8))
            {
                output.AddRange(rest[..(12 + length)]);
            }
            rest = rest[(12 + length)..];
        }
        return [.. output];
    }

    /// <summary>The PNG's resolution in dots per inch, or null without a pHYs chunk in metres.</summary>
    public static int? ReadPngDpi(ReadOnlySpan<byte> png)
    {
        var rest = png[8..];
        while (rest.Length >= 12)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(rest);
            if (rest.Slice(4, 4).SequenceEqual("pHYs"u8) && rest[16] == 1)
            {
                return (int)Math.Round(BinaryPrimitives.ReadUInt32BigEndian(rest[8..]) / InchesPerMetre);
            }
            rest = rest[(12 + length)..];
        }
        return null;
    }

    /// <summary>The JPEG with a JFIF APP0 segment giving <paramref name="dpi"/> (replacing the one the encoder wrote, if any).</summary>
    public static byte[] SetJpegDpi(ReadOnlySpan<byte> jpeg, int dpi)
    {
        var app0 = new byte[18];
        app0[0] = 0xFF;
        app0[1] = 0xE0;
        BinaryPrimitives.WriteUInt16BigEndian(app0.AsSpan(2), 16);
        "JFIF\0"u8.CopyTo(app0.AsSpan(4));
        app0[9] = 1; // version 1.01
        app0[10] = 1;
        app0[11] = 1; // units: dots per inch
        BinaryPrimitives.WriteUInt16BigEndian(app0.AsSpan(12), (ushort)dpi);
        BinaryPrimitives.WriteUInt16BigEndian(app0.AsSpan(14), (ushort)dpi);
        var rest = jpeg[2..];
        if (rest.Length > 4 && rest[0] == 0xFF && rest[1] == 0xE0 && rest.Slice(4, 5).SequenceEqual("JFIF\0"u8))
        {
            rest = rest[(2 + BinaryPrimitives.ReadUInt16BigEndian(rest[2..]))..];
        }
        return [.. jpeg[..2], .. app0, .. rest];
    }

    /// <summary>The JPEG's JFIF density in dots per inch, or null when it has none in inches.</summary>
    public static int? ReadJpegDpi(ReadOnlySpan<byte> jpeg) =>
        jpeg.Length > 18 && jpeg[2] == 0xFF && jpeg[3] == 0xE0 && jpeg.Slice(6, 5).SequenceEqual("JFIF\0"u8) && jpeg[13] == 1
            ? BinaryPrimitives.ReadUInt16BigEndian(jpeg[14..])
            : null;

    /// <summary>The CRC-32 (ISO 3309) PNG chunks end with.</summary>
    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }
}
