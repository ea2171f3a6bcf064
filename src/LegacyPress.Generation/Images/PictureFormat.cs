namespace LegacyPress.Generation.Images;

/// <summary>
/// Which picture format some bytes are, from their first bytes rather than a name or a header a proxy may have
/// rewritten: PNG, JPEG or WebP, the formats the services send and take.
/// </summary>
internal static class PictureFormat
{
    private static readonly (string MediaType, string Extension, byte[] Magic, int Offset)[] Formats =
    [
        ("image/png", ".png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 0),
        ("image/jpeg", ".jpg", [0xFF, 0xD8, 0xFF], 0),
        ("image/webp", ".webp", "WEBP"u8.ToArray(), 8),
    ];

    /// <summary>The media type, or null when the bytes are none of the three.</summary>
    public static string? MediaTypeOf(ReadOnlySpan<byte> bytes) => Find(bytes)?.MediaType;

    /// <summary>The extension that names such a file (".png", ".jpg", ".webp"), or null.</summary>
    public static string? ExtensionOf(ReadOnlySpan<byte> bytes) => Find(bytes)?.Extension;

    /// <summary>A service's answer as a picture, named by what it really is.</summary>
    /// <exception cref="GenerationException">The bytes are not a picture (an HTML page from a proxy, say).</exception>
    public static ImageOutcome.Picture Picture(byte[] bytes, string service) =>
        Find(bytes) is { } format
            ? new ImageOutcome.Picture(bytes, format.Extension)
            : throw new GenerationException($"{service} answered with {bytes.Length} bytes that are not a PNG, JPEG or WebP picture");

    private static (string MediaType, string Extension)? Find(ReadOnlySpan<byte> bytes)
    {
        foreach (var (mediaType, extension, magic, offset) in Formats)
        {
            if (bytes.Length >= offset + magic.Length && bytes.Slice(offset, magic.Length).SequenceEqual(magic))
            {
                return (mediaType, extension);
            }
        }
        return null;
    }
}
