using System.Buffers.Binary;
using SkiaSharp;

namespace LegacyPress.TestSupport;

/// <summary>
/// Real, small JPEG and WebP files (encoded by Skia from a 32×32 picture) whose headers then claim any size: what a
/// hostile project would hand a decoder to make it allocate gigabytes. PNGs of the kind are <see cref="PngFiles"/>.
/// </summary>
public static class OversizedPictures
{
    /// <summary>A baseline JPEG whose start-of-frame says <paramref name="width"/>×<paramref name="height"/> (at most 65535 each).</summary>
    public static void WriteJpeg(string path, int width, int height)
    {
        var jpeg = Encode(SKEncodedImageFormat.Jpeg);
        for (var at = 2; at + 9 < jpeg.Length;)
        {
            var marker = jpeg[at + 1];
            if (marker is 0xC0 or 0xC1 or 0xC2)
            {
                BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(at + 5), checked((ushort)height));
                BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(at + 7), checked((ushort)width));
                Write(path, jpeg);
                return;
            }
            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
        }
        throw new InvalidOperationException("Skia's JPEG has no start-of-frame segment");
    }

    /// <summary>An extended WebP (VP8X) whose canvas says <paramref name="width"/>×<paramref name="height"/>, around a lossless 32×32 picture.</summary>
    public static void WriteWebP(string path, int width, int height)
    {
        var simple = Encode(SKEncodedImageFormat.Webp);
        var picture = simple.AsSpan(12); // the VP8L chunk after "RIFF", size, "WEBP"
        var file = new byte[12 + 18 + picture.Length];
        "RIFF"u8.CopyTo(file);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(4), file.Length - 8);
        "WEBP"u8.CopyTo(file.AsSpan(8));
        "VP8X"u8.CopyTo(file.AsSpan(12));
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(16), 10);
        WriteUInt24(file.AsSpan(24), width - 1);
        WriteUInt24(file.AsSpan(27), height - 1);
        picture.CopyTo(file.AsSpan(30));
        Write(path, file);
    }

    private static byte[] Encode(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(32, 32);
        bitmap.Erase(SKColors.IndianRed);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 100) ?? throw new InvalidOperationException($"Skia cannot encode {format}");
        return data.ToArray();
    }

    private static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, bytes);
    }

    private static void WriteUInt24(Span<byte> bytes, int value)
    {
        bytes[0] = (byte)value;
        bytes[1] = (byte)(value >> 8);
        bytes[2] = (byte)(value >> 16);
    }
}
