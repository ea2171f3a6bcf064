using System.Globalization;
using System.Text.Json.Nodes;
using LegacyPress.Publish.Settings;

namespace LegacyPress.Publish.Metadata;

/// <summary>The YouTube <c>video</c> resource (snippet and status parts) that videos.insert and videos.update send.</summary>
public static class VideoResource
{
    public const string Parts = "snippet,status";

    public static JsonObject Build(VideoMetadata metadata, YouTubeSettings settings, string? videoId = null)
    {
        var snippet = new JsonObject
        {
            ["title"] = metadata.Title,
            ["description"] = metadata.Description,
            ["tags"] = new JsonArray(metadata.Tags.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray()),
            ["categoryId"] = settings.Category.Id,
            ["defaultLanguage"] = settings.DefaultLanguage,
            ["defaultAudioLanguage"] = settings.DefaultLanguage,
        };
        var status = new JsonObject
        {
            ["privacyStatus"] = settings.EffectivePrivacy.ToString().ToLowerInvariant(),
            ["selfDeclaredMadeForKids"] = settings.MadeForKids,
            ["containsSyntheticMedia"] = settings.ContainsSyntheticMedia,
            ["license"] = settings.License == VideoLicense.YouTube ? "youtube" : "creativeCommon",
            ["embeddable"] = settings.Embeddable,
        };
        if (settings.PublishAt is { } at)
        {
            status["publishAt"] = at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }
        var video = new JsonObject();
        if (videoId is not null)
        {
            video["id"] = videoId;
        }
        video["snippet"] = snippet;
        video["status"] = status;
        return video;
    }
}
