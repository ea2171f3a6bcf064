using LegacyPress.Core.Model;
using LegacyPress.Publish.Files;
using LegacyPress.Publish.Metadata;
using LegacyPress.Publish.Settings;
using LegacyPress.Core.Platforms;

namespace LegacyPress.Publish.Planning;

/// <summary>Finds and fingerprints the files a publish sends (film, thumbnail, captions) and reports every missing or oversized one.</summary>
public static class PublishInputsReader
{
    public static (PublishInputs? Inputs, IReadOnlyList<string> Problems) Read(
        Film film, YouTubeSettings settings, string filmPath, string artifactsDirectory, YouTubeLimits limits, Func<string, string> display)
    {
        var problems = new List<string>();
        if (!File.Exists(filmPath))
        {
            problems.Add($"film not found: {display(filmPath)} (render it first with `legacypress render`, or name it with --film)");
        }
        var (metadata, metadataProblems) = VideoMetadataSource.Read(film, artifactsDirectory, limits);
        problems.AddRange(metadataProblems);

        MediaFile? thumbnail = null;
        var thumbnailPath = settings.ThumbnailPath ?? Path.Combine(artifactsDirectory, PromoTexts.Thumbnail);
        if (File.Exists(thumbnailPath))
        {
            var type = ImageType(thumbnailPath);
            var size = new FileInfo(thumbnailPath).Length;
            if (type is null)
            {
                problems.Add($"thumbnail {display(thumbnailPath)}: YouTube takes JPEG or PNG thumbnails");
            }
            else if (size > limits.ThumbnailMaxBytes)
            {
                problems.Add($"thumbnail {display(thumbnailPath)} is {size:N0} bytes; YouTube accepts at most {limits.ThumbnailMaxBytes:N0}");
            }
            else
            {
                thumbnail = new MediaFile(thumbnailPath, display(thumbnailPath), FileFingerprint.Of(thumbnailPath), type);
            }
        }

        var captions = new List<CaptionFile>();
        var filmFolder = Path.GetDirectoryName(Path.GetFullPath(filmPath))!;
        foreach (var language in settings.CaptionLanguages)
        {
            var path = CaptionCandidates(filmFolder, language, film.Metadata.Language).FirstOrDefault(File.Exists);
            if (path is null)
            {
                if (settings.CaptionLanguagesExplicit)
                {
                    problems.Add($"captions for '{language}' not found: expected {display(Path.Combine(filmFolder, $"film.{language}.srt"))} (or .vtt)");
                }
                continue;
            }
            if (new FileInfo(path).Length > limits.CaptionMaxBytes)
            {
                problems.Add($"captions {display(path)} exceed YouTube's {limits.CaptionMaxBytes:N0} bytes");
                continue;
            }
            captions.Add(new CaptionFile(language, LanguageName(language), new MediaFile(path, display(path), FileFingerprint.Of(path), "application/octet-stream")));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }
        var filmFile = new MediaFile(filmPath, display(filmPath), FileFingerprint.Of(filmPath), VideoType(filmPath));
        if (filmFile.Fingerprint.Bytes > limits.VideoMaxBytes)
        {
            return (null, [$"film {display(filmPath)} is larger than YouTube's {limits.VideoMaxBytes:N0} bytes"]);
        }
        var resource = VideoResource.Build(metadata!, settings).ToJsonString();
        return (new PublishInputs(filmFile, metadata!, settings, resource, thumbnail, captions), problems);
    }

    /// <summary>The Sound step writes <c>film.&lt;lang&gt;.srt</c> beside the film; the film's own language may also be plain <c>film.srt</c>.</summary>
    private static IEnumerable<string> CaptionCandidates(string folder, string language, string filmLanguage)
    {
        foreach (var extension in new[] { "srt", "vtt" })
        {
            yield return Path.Combine(folder, $"film.{language}.{extension}");
        }
        if (string.Equals(language, filmLanguage, StringComparison.OrdinalIgnoreCase))
        {
            yield return Path.Combine(folder, "film.srt");
            yield return Path.Combine(folder, "film.vtt");
        }
    }

    private static string LanguageName(string tag)
    {
        try
        {
            return System.Globalization.CultureInfo.GetCultureInfo(tag).EnglishName;
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return tag;
        }
    }

    private static string? ImageType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        _ => null,
    };

    private static string VideoType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".mp4" or ".m4v" => "video/mp4",
        ".mov" => "video/quicktime",
        ".webm" => "video/webm",
        ".mkv" => "video/x-matroska",
        _ => "application/octet-stream",
    };
}
