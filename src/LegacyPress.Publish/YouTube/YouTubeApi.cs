using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LegacyPress.Publish.Http;

namespace LegacyPress.Publish.YouTube;

/// <summary>
/// The YouTube Data API v3 calls publishing needs besides the upload itself, one method each. Updates and
/// thumbnails.set are idempotent and simply retried; inserts go through <see cref="YouTubeHttp.CreateOnceAsync"/>
/// with the list call that finds what an earlier attempt created.
/// </summary>
internal sealed class YouTubeApi(YouTubeHttp http, YouTubeEndpoints endpoints)
{
    /// <summary>Why thumbnails.set answers 403 on a channel that does own the video.</summary>
    public const string ThumbnailRefusal =
        "YouTube sets custom thumbnails only on verified channels in good standing. Verify the channel at https://www.youtube.com/verify " +
        "(a phone number is enough), then run publish again: only the thumbnail is sent.";

    /// <summary>videos.update with the snippet and status parts (the resource must carry the id).</summary>
    public Task UpdateVideoAsync(string resourceJson, CancellationToken cancellation) =>
        http.SendAsync("updating the video's details", () => new HttpRequestMessage(HttpMethod.Put, endpoints.Api("youtube/v3/videos?part=snippet,status"))
        {
            Content = Json(resourceJson),
        }, cancellation);

    /// <summary>thumbnails.set: the image as the request body. Setting it twice sets the same image, so it is only retried.</summary>
    public Task SetThumbnailAsync(string videoId, string path, string contentType, CancellationToken cancellation)
    {
        var bytes = File.ReadAllBytes(path);
        return http.SendAsync("setting the thumbnail", () =>
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            return new HttpRequestMessage(HttpMethod.Post, endpoints.Upload($"youtube/v3/thumbnails/set?videoId={Uri.EscapeDataString(videoId)}&uploadType=media")) { Content = content };
        }, cancellation, ThumbnailRefusal);
    }

    /// <summary>
    /// captions.insert, at most once in effect (found again by language and name); returns the caption track id. A track
    /// adopted from an earlier, unfinished run may hold an older file, so it is replaced with this one.
    /// </summary>
    public async Task<string> InsertCaptionAsync(string videoId, string language, string name, string path, bool askFirst, CancellationToken cancellation)
    {
        var action = $"adding {language} captions";
        var request = CaptionRequest(HttpMethod.Post, null, videoId, language, name, path);
        var earlier = false;
        var id = await http.CreateOnceAsync(action, askFirst,
            token => FindCaptionAsync(videoId, language, name, token),
            async token => IdOf(await http.AttemptAsync(action, request, token)), cancellation,
            adoptedFromEarlierRun: () => earlier = true);
        return earlier ? await UpdateCaptionAsync(videoId, id, language, name, path, cancellation) : id;
    }

    /// <summary>captions.update of an existing track with new content; returns the caption track id.</summary>
    public async Task<string> UpdateCaptionAsync(string videoId, string captionId, string language, string name, string path, CancellationToken cancellation) =>
        IdOf(await http.SendAsync($"replacing {language} captions", CaptionRequest(HttpMethod.Put, captionId, videoId, language, name, path), cancellation));

    /// <summary>playlists.list (mine), every page, looking for an exact title.</summary>
    public Task<string?> FindPlaylistAsync(string title, CancellationToken cancellation) =>
        http.RunAsync("listing your playlists", token => FindPlaylistOnceAsync(title, token), cancellation);

    /// <summary>playlists.insert with the given title and privacy, at most once in effect (found again by title); returns the playlist id.</summary>
    public Task<string> CreatePlaylistAsync(string title, string privacy, bool askFirst, CancellationToken cancellation)
    {
        var action = $"creating the playlist '{title}'";
        var resource = new JsonObject
        {
            ["snippet"] = new JsonObject { ["title"] = title },
            ["status"] = new JsonObject { ["privacyStatus"] = privacy },
        }.ToJsonString();
        return http.CreateOnceAsync(action, askFirst,
            token => FindPlaylistOnceAsync(title, token),
            async token => IdOf(await http.AttemptAsync(action, () => new HttpRequestMessage(HttpMethod.Post, endpoints.Api("youtube/v3/playlists?part=snippet,status"))
            {
                Content = Json(resource),
            }, token)), cancellation);
    }

    /// <summary>playlistItems.insert, at most once in effect (found again by playlist and video); returns the item id.</summary>
    public Task<string> AddToPlaylistAsync(string playlistId, string videoId, bool askFirst, CancellationToken cancellation)
    {
        const string action = "adding the video to the playlist";
        var resource = new JsonObject
        {
            ["snippet"] = new JsonObject
            {
                ["playlistId"] = playlistId,
                ["resourceId"] = new JsonObject { ["kind"] = "youtube#video", ["videoId"] = videoId },
            },
        }.ToJsonString();
        return http.CreateOnceAsync(action, askFirst,
            token => FindPlaylistItemAsync(playlistId, videoId, token),
            async token => IdOf(await http.AttemptAsync(action, () => new HttpRequestMessage(HttpMethod.Post, endpoints.Api("youtube/v3/playlistItems?part=snippet"))
            {
                Content = Json(resource),
            }, token)), cancellation);
    }

    public static string IdOf(string resourceJson)
    {
        using var doc = JsonDocument.Parse(resourceJson);
        return doc.RootElement.TryGetProperty("id", out var id) && id.GetString() is { Length: > 0 } s
            ? s
            : throw new PublishException("YouTube answered without the id of what it created");
    }

    private Func<HttpRequestMessage> CaptionRequest(HttpMethod method, string? captionId, string videoId, string language, string name, string path)
    {
        var bytes = File.ReadAllBytes(path);
        var resource = new JsonObject();
        if (captionId is not null)
        {
            resource["id"] = captionId;
        }
        resource["snippet"] = new JsonObject { ["videoId"] = videoId, ["language"] = language, ["name"] = name, ["isDraft"] = false };
        var metadata = resource.ToJsonString();
        return () =>
        {
            var multipart = new MultipartContent("related") { Json(metadata) };
            var media = new ByteArrayContent(bytes);
            media.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            multipart.Add(media);
            return new HttpRequestMessage(method, endpoints.Upload("youtube/v3/captions?part=snippet&uploadType=multipart")) { Content = multipart };
        };
    }

    /// <summary>captions.list of the video: the id of the track with this language and name, if there is one.</summary>
    private async Task<string?> FindCaptionAsync(string videoId, string language, string name, CancellationToken cancellation)
    {
        var query = $"youtube/v3/captions?part=snippet&videoId={Uri.EscapeDataString(videoId)}";
        var body = await http.AttemptAsync($"listing the video's {language} captions", () => new HttpRequestMessage(HttpMethod.Get, endpoints.Api(query)), cancellation);
        return Items(body).FirstOrDefault(item =>
            item.TryGetProperty("snippet", out var snippet)
            && string.Equals(snippet.GetProperty("language").GetString(), language, StringComparison.OrdinalIgnoreCase)
            && snippet.GetProperty("name").GetString() == name) is { ValueKind: JsonValueKind.Object } found
            ? found.GetProperty("id").GetString()
            : null;
    }

    /// <summary>playlistItems.list filtered to the video: the item id when the video is already in the playlist.</summary>
    private async Task<string?> FindPlaylistItemAsync(string playlistId, string videoId, CancellationToken cancellation)
    {
        var query = $"youtube/v3/playlistItems?part=id&playlistId={Uri.EscapeDataString(playlistId)}&videoId={Uri.EscapeDataString(videoId)}";
        var body = await http.AttemptAsync("looking the video up in the playlist", () => new HttpRequestMessage(HttpMethod.Get, endpoints.Api(query)), cancellation);
        return Items(body).FirstOrDefault() is { ValueKind: JsonValueKind.Object } found ? found.GetProperty("id").GetString() : null;
    }

    private async Task<string?> FindPlaylistOnceAsync(string title, CancellationToken cancellation)
    {
        string? page = null;
        do
        {
            var query = "youtube/v3/playlists?part=snippet&mine=true&maxResults=50" + (page is null ? "" : "&pageToken=" + Uri.EscapeDataString(page));
            var body = await http.AttemptAsync("listing your playlists", () => new HttpRequestMessage(HttpMethod.Get, endpoints.Api(query)), cancellation);
            foreach (var item in Items(body))
            {
                if (item.GetProperty("snippet").GetProperty("title").GetString() == title)
                {
                    return item.GetProperty("id").GetString();
                }
            }
            using var doc = JsonDocument.Parse(body);
            page = doc.RootElement.TryGetProperty("nextPageToken", out var next) ? next.GetString() : null;
        }
        while (page is not null);
        return null;
    }

    /// <summary>The <c>items</c> of a list answer, detached from the parsed document.</summary>
    private static IReadOnlyList<JsonElement> Items(string body)
    {
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.TryGetProperty("items", out var items) ? [.. items.EnumerateArray().Select(i => i.Clone())] : [];
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
