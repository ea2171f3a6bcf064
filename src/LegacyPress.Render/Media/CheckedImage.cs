using LegacyPress.Core.Loading;
using SkiaSharp;

namespace LegacyPress.Render.Media;

/// <summary>
/// A picture file opened for decoding through the one guarded path: <see cref="ImageFiles"/> first (a regular file,
/// inside the project when the project names it, a PNG, JPEG or WebP header within <see cref="ImageLimits"/>), then
/// Skia's codec, whose own reading of the size must pass the same limits before any pixel is decoded. Every picture a
/// project supplies (stills, promo images and logos, the press kit's and case study's pictures) is decoded through this
/// class and nowhere else.
/// </summary>
public sealed class CheckedImage : IDisposable
{
    private CheckedImage(string path, SKData data, SKCodec codec)
    {
        Path = path;
        Data = data;
        Codec = codec;
    }

    /// <summary>The file, as an absolute path.</summary>
    public string Path { get; }

    /// <summary>The file's bytes, read once: a PDF may embed a JPEG's own bytes instead of re-encoding it.</summary>
    public SKData Data { get; }

    /// <summary>Skia's codec over <see cref="Data"/>: size, EXIF orientation, scaled decoding.</summary>
    public SKCodec Codec { get; }

    /// <summary>Opens a picture the project names, relative to its folder.</summary>
    /// <exception cref="ImageRefusedException">Outside the project, not a regular file, not a picture, too large, or not decodable.</exception>
    public static CheckedImage Open(string projectDirectory, string relativePath) =>
        Open(ImageFiles.Check(projectDirectory, relativePath), System.IO.Path.GetFullPath(System.IO.Path.Combine(projectDirectory, relativePath)));

    /// <summary>Opens a picture at a path already resolved (a still the loader checked, a figure a document places).</summary>
    /// <exception cref="ImageRefusedException">Not a regular file, not a picture, too large, or not decodable.</exception>
    public static CheckedImage Open(string fullPath) => Open(ImageFiles.CheckFile(fullPath), fullPath);

    /// <summary>Decodes the whole picture at full size, lazily (Skia decodes on first draw).</summary>
    public SKImage Decode() => SKImage.FromEncodedData(Data) ?? throw new ImageRefusedException(Path, "cannot be decoded");

    /// <summary>
    /// Decodes at the smallest size the codec offers (JPEG scales by eighths for free) that keeps <paramref name="scale"/>
    /// of the stored pixels; a truncated file gives what it holds and <see cref="SKCodecResult.IncompleteInput"/>.
    /// </summary>
    /// <exception cref="ImageRefusedException">The pixel data is damaged.</exception>
    public (SKBitmap Bitmap, SKCodecResult Result) DecodeScaled(float scale, SKColorType colorType = SKColorType.Bgra8888)
    {
        var full = Codec.Info.Size;
        var size = Codec.GetScaledDimensions(Math.Clamp(scale, 0f, 1f));
        if (size.Width < full.Width * scale || size.Height < full.Height * scale)
        {
            size = full;
        }
        var info = new SKImageInfo(size.Width, size.Height, colorType, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = Codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            bitmap.Dispose();
            throw new ImageRefusedException(Path, $"cannot be decoded: its pixel data is damaged ({result})");
        }
        bitmap.SetImmutable();
        return (bitmap, result);
    }

    public void Dispose()
    {
        Codec.Dispose();
        Data.Dispose();
    }

    private static CheckedImage Open(ImageCheck check, string path)
    {
        if (!check.Ok)
        {
            throw new ImageRefusedException(path, check.Problem!);
        }
        SKData data;
        try
        {
            // Read once into memory, so the codec decodes the bytes that are checked here, whatever happens to the file.
            using var stream = new FileStream(check.FullPath!, FileMode.Open, FileAccess.Read, FileShare.Read);
            data = SKData.Create(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImageRefusedException(path, $"cannot be read ({e.Message.TrimEnd('.')})");
        }
        if (data is null)
        {
            throw new ImageRefusedException(path, "is empty");
        }
        // The header was a PNG, JPEG or WebP one, so a codec Skia cannot make means the rest of it is damaged.
        var codec = SKCodec.Create(data);
        if (codec is null)
        {
            data.Dispose();
            throw new ImageRefusedException(path, $"cannot be decoded: its {check.Header!.Format} header is damaged");
        }
        // The second lock: the size Skia will decode to, which a file changed since the check could have grown.
        if (ImageFiles.Problem(check.Header! with { Width = codec.Info.Width, Height = codec.Info.Height }) is { } tooLarge)
        {
            codec.Dispose();
            data.Dispose();
            throw new ImageRefusedException(path, tooLarge);
        }
        return new CheckedImage(check.FullPath!, data, codec);
    }
}

/// <summary>
/// A picture refused before (or instead of) being decoded: names the file and why, the size limit when it is that.
/// An <see cref="IOException"/>, like the file errors it sits among, so a run reports it as the user's to fix.
/// </summary>
public sealed class ImageRefusedException(string path, string reason) : IOException($"image '{path}' {reason}")
{
    /// <summary>The picture, as it was given.</summary>
    public string Path { get; } = path;

    /// <summary>Why, phrased to follow the quoted path: "is too large: it is 60000x60000 pixels; …".</summary>
    public string Reason { get; } = reason;
}
