namespace LegacyPress.Generation.Images;

/// <summary>A reference still read to be sent: its bytes, and its media type and extension (from its bytes, not its name).</summary>
internal sealed record ReferenceStill(string Path, byte[] Bytes, string MediaType, string Extension)
{
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <exception cref="GenerationException">The file cannot be read or is not a PNG, JPEG or WebP picture.</exception>
    public static ReferenceStill Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GenerationException($"the reference still {path} cannot be read: {e.Message}", e);
        }
        if (PictureFormat.MediaTypeOf(bytes) is not { } mediaType || PictureFormat.ExtensionOf(bytes) is not { } extension)
        {
            throw new GenerationException($"the reference still {path} is not a PNG, JPEG or WebP picture");
        }
        return new ReferenceStill(path, bytes, mediaType, extension);
    }
}
