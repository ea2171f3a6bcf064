namespace LegacyPress.Core.Loading;

/// <summary>
/// The one check a picture passes before anything decodes it: a regular file (inside the project when named by the
/// project), whose header says PNG, JPEG or WebP and a size within <see cref="ImageLimits"/>. Only the first bytes are
/// read, so a header claiming 60000×60000 is refused before a pixel buffer exists. Readers run it where the picture is
/// named, to report at that file:line:col; the decoders run it again on the file they open (Render's
/// <c>CheckedImage</c>), so a caller that skipped the check, or a file changed since, is refused all the same.
/// </summary>
public static class ImageFiles
{
    public const string Formats = "PNG, JPEG or WebP";

    /// <summary>A picture named by the project (relative to <paramref name="projectDirectory"/>): inside it, then <see cref="CheckFile"/>.</summary>
    public static ImageCheck Check(string projectDirectory, string relativePath)
    {
        var (full, problem) = ProjectPaths.ResolveFile(projectDirectory, relativePath);
        return problem is not null || full is null ? ImageCheck.Refused(problem ?? "not found") : CheckFile(full);
    }

    /// <summary>A picture at a path already resolved: a regular file with a PNG, JPEG or WebP header within the limits.</summary>
    public static ImageCheck CheckFile(string fullPath)
    {
        // Before opening it: a named pipe would block the read until a writer came.
        if (ProjectPaths.RegularFileProblem(fullPath) is { } notRegular)
        {
            return ImageCheck.Refused(notRegular);
        }
        ImageHeader? header;
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096);
            header = ImageHeader.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ImageCheck.Refused($"cannot be read ({e.Message.TrimEnd('.')})");
        }
        return Problem(header) is { } problem ? ImageCheck.Refused(problem) : new ImageCheck(fullPath, header, null);
    }

    /// <summary>Why a picture with <paramref name="header"/> (null: none could be read) may not be decoded; null when it may.</summary>
    public static string? Problem(ImageHeader? header) =>
        header is null ? $"is not a {Formats} picture"
        : ImageLimits.Problem(header.Width, header.Height) is { } tooLarge ? $"is too large: {tooLarge}"
        : null;
}

/// <summary>What <see cref="ImageFiles"/> found: the file and its header, or why it is refused (phrased to follow the quoted path).</summary>
public sealed record ImageCheck(string? FullPath, ImageHeader? Header, string? Problem)
{
    public bool Ok => Problem is null;

    public static ImageCheck Refused(string problem) => new(null, null, problem);
}
