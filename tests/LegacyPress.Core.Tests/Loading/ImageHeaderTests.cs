using System.Buffers.Binary;
using LegacyPress.Core.Loading;

namespace LegacyPress.Core.Tests.Loading;

/// <summary>
/// Picture headers written byte by byte (Core tests have no codec): the size each format claims is read from its first
/// bytes, whatever it is, and anything else is no picture.
/// </summary>
public sealed class ImageHeaderTests
{
    public static byte[] Png(uint width, uint height)
    {
        var bytes = new byte[33];
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8), 13);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(20), height);
        bytes[24] = 8;
        bytes[25] = 6;
        return bytes;
    }

    /// <summary>A JPEG's markers up to its frame header, after an APP1 segment as large as a camera's EXIF block with a thumbnail.</summary>
    public static byte[] Jpeg(ushort width, ushort height, byte startOfFrame = 0xC0, int exifBytes = 40_000)
    {
        var bytes = new List<byte> { 0xFF, 0xD8 };
        bytes.AddRange(Segment(0xE0, "JFIF\0\u0001\u0001\0\0\u0001\0\u0001\0\0"u8.ToArray()));
        bytes.AddRange(Segment(0xE1, new byte[exifBytes]));
        bytes.Add(0xFF); // a fill byte before the next marker, as the format allows
        bytes.AddRange(Segment(0xDB, new byte[65]));
        bytes.AddRange(Segment(0xC4, new byte[30])); // DHT sits in the SOF range and must be passed over
        var frame = new byte[15];
        frame[0] = 8;
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(1), height);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(3), width);
        frame[5] = 3;
        bytes.AddRange(Segment(startOfFrame, frame));
        bytes.AddRange(Segment(0xDA, new byte[10]));
        bytes.AddRange([0x12, 0x34, 0xFF, 0xD9]);
        return [.. bytes];
    }

    public static byte[] WebPExtended(int width, int height)
    {
        var data = new byte[10];
        data[0] = 0x10; // alpha
        WriteUInt24(data.AsSpan(4), width - 1);
        WriteUInt24(data.AsSpan(7), height - 1);
        return Riff("VP8X", data);
    }

    public static byte[] WebPLossless(int width, int height)
    {
        var data = new byte[10];
        data[0] = 0x2F;
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(1), (uint)(width - 1) | ((uint)(height - 1) << 14));
        return Riff("VP8L", data);
    }

    public static byte[] WebPLossy(int width, int height)
    {
        var data = new byte[10];
        data[3] = 0x9D;
        data[4] = 0x01;
        data[5] = 0x2A;
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(6), (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(8), (ushort)height);
        return Riff("VP8 ", data);
    }

    [Fact]
    public void A_png_header_says_its_size()
    {
        Assert.Equal(new ImageHeader(ImageFormat.Png, 60_000, 60_000), Read(Png(60_000, 60_000)));
    }

    [Fact]
    public void A_png_claiming_more_than_an_int_is_clamped_not_wrapped()
    {
        Assert.Equal(new ImageHeader(ImageFormat.Png, int.MaxValue, 1), Read(Png(uint.MaxValue, 1)));
    }

    [Theory]
    [InlineData(0xC0)] // baseline
    [InlineData(0xC2)] // progressive
    public void A_jpeg_frame_header_is_found_past_its_metadata(byte startOfFrame)
    {
        Assert.Equal(new ImageHeader(ImageFormat.Jpeg, 60_000, 40_000), Read(Jpeg(60_000, 40_000, startOfFrame)));
    }

    [Fact]
    public void A_jpeg_whose_scan_starts_before_any_frame_header_is_no_picture()
    {
        byte[] bytes = [0xFF, 0xD8, .. Segment(0xDA, new byte[10]), 0xFF, 0xD9];

        Assert.Null(Read(bytes));
    }

    [Fact]
    public void A_webp_says_its_size_in_each_of_its_three_forms()
    {
        Assert.Equal(new ImageHeader(ImageFormat.WebP, 60_000, 60_000), Read(WebPExtended(60_000, 60_000)));
        Assert.Equal(new ImageHeader(ImageFormat.WebP, 16_384, 16_384), Read(WebPLossless(16_384, 16_384)));
        Assert.Equal(new ImageHeader(ImageFormat.WebP, 640, 360), Read(WebPLossy(640, 360)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("GIF89a....")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg'/>")]
    [InlineData("\u0089PNG")]
    public void Anything_else_is_no_picture(string text)
    {
        Assert.Null(Read(System.Text.Encoding.Latin1.GetBytes(text)));
    }

    [Fact]
    public void A_header_of_zero_pixels_is_no_picture()
    {
        Assert.Null(Read(Png(0, 100)));
    }

    private static ImageHeader? Read(byte[] bytes) => ImageHeader.Read(new MemoryStream(bytes));

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var bytes = new byte[4 + payload.Length];
        bytes[0] = 0xFF;
        bytes[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(bytes, 4);
        return bytes;
    }

    private static byte[] Riff(string chunk, byte[] data)
    {
        var bytes = new byte[20 + data.Length];
        "RIFF"u8.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), bytes.Length - 8);
        "WEBP"u8.CopyTo(bytes.AsSpan(8));
        System.Text.Encoding.ASCII.GetBytes(chunk).CopyTo(bytes, 12);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(16), data.Length);
        data.CopyTo(bytes, 20);
        return bytes;
    }

    private static void WriteUInt24(Span<byte> bytes, int value)
    {
        bytes[0] = (byte)value;
        bytes[1] = (byte)(value >> 8);
        bytes[2] = (byte)(value >> 16);
    }
}
