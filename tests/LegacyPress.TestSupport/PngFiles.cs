using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace LegacyPress.TestSupport;

/// <summary>
/// PNG files written byte by byte, for what an image library would refuse to make: a header that claims any size,
/// and a huge but valid image streamed row by row without ever holding its pixels.
/// </summary>
public static class PngFiles
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>A PNG whose IHDR claims <paramref name="width"/>×<paramref name="height"/> RGBA, with almost no pixel data after it.</summary>
    public static void WriteHeaderOnly(string path, int width, int height)
    {
        using var file = Create(path);
        WriteHeader(file, width, height, colourType: 6);
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(new byte[64]);
        }
        WriteChunk(file, "IDAT", pixels.ToArray());
        WriteChunk(file, "IEND", []);
    }

    /// <summary>A complete, decodable grey PNG of the given size, deflated row by row (a 20000×20000 image is about 400 KB).</summary>
    public static void WriteFlatGrey(string path, int width, int height, byte grey = 128)
    {
        using var file = Create(path);
        WriteHeader(file, width, height, colourType: 0);
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[width + 1];
            Array.Fill(row, grey, 1, width);
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }
        pixels.Position = 0;
        var buffer = new byte[1 << 20];
        int read;
        while ((read = pixels.Read(buffer)) > 0)
        {
            WriteChunk(file, "IDAT", buffer.AsSpan(0, read));
        }
        WriteChunk(file, "IEND", []);
    }

    private static FileStream Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var file = File.Create(path);
        file.Write(Signature);
        return file;
    }

    private static void WriteHeader(Stream file, int width, int height, byte colourType)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = colourType;
        WriteChunk(file, "IHDR", header);
    }

    private static void WriteChunk(Stream file, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(four, data.Length);
        file.Write(four);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        file.Write(typeBytes);
        file.Write(data);
        var crc = Crc(Crc(0xFFFFFFFFu, typeBytes), data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(four, crc);
        file.Write(four);
    }

    private static uint Crc(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
