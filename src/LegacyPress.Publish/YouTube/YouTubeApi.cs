using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LegacyPress.Publish.Http;

namespace LegacyPress.Publish.YouTube;

/// <summary>The YouTube Data API v3 calls publishing needs besides the upload itself, one method each.</summary>
internal sealed class YouTubeApi(YouTubeHttp http, YouTubeEndpoints endpoints)
{
    /// <summary>videos.update with the snippet and status parts (the resource must carry the id).</summary>
    public Task UpdateVideoAsync(string resourceJson, CancellationToken cancellation) =>
        http.SendAsync("updating the video's details", () => new HttpRequestMessage(HttpMethod.Put, endpoints.Api("youtube/v3/videos?part=snippet,status"))
        {
            Content = Json(resourceJson),
        }, cancellation);

    /// <summary>thumbnails.set: the image as the request body.</summary>
    public Task SetThumbnailAsync(string videoId, string path, string contentType, CancellationToken cancellation)
    {
        var bytes = File.ReadAllBytes(path);
        return http.SendAsync("setting the thumbnail", () =>
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            return new HttpRequestMessage(HttpMethod.Post, endpoints.Upload($"youtube/v3/thumbnails/set?videoId={Uri.EscapeDataString(videoId)}&uploadType=media")) { Content = content };
        }, cancellation);
    }

    /// <summary>captions.insert (no id) or captions.update (with id), as a multipart upload; returns the caption track id.</summary>
    public async Task<string> PutCaptionAsync(string videoId, string? captionId, string language, string name, string path, CancellationToken cancellation)
    {
        var bytes = File.ReadAllBytes(path);
        var snippet = new JsonObject { ["videoId"] = videoId, ["language"] = language, ["name"] = name, ["isDraft"] = false };
        var resource = new JsonObject();
        if (captionId is not null)
        {
            resource["id"] = captionId;
        }
        resource["snippet"] = snippet;
        var body = await http.SendAsync(captionId is null ? $"adding {language} captions" : $"replacing {language} captions", () =>
        {
            var multipart = new MultipartContent("related") { Json(resource.ToJsonString()) };
            var media = new ByteArrayContent(bytes);
            media.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            multipart.Add(media);
            var method = captionId is null ? HttpMethod.Post : HttpMethod.Put;
            return new HttpRequestMessage(method, endpoints.Upload("youtube/v3/captions?part=snippet&uploadType=multipart")) { Content = multipart };
        }, cancellation);
        return IdOf(body);
    }

    /// <summary>playlists.list (mine), every page, looking for an exact title.</summary>
    public async Task<string?> FindPlaylistAsync(string title, CancellationToken cancellation)
    {
        string? page = null;
        do
        {
            var query = "youtube/v3/playlists?part=snippet&mine=true&maxResults=50" + (page is null ? "" : "&pageToken=" + Uri.EscapeDataString(page));
            var body = await http.SendAsync("listing your playlists", () => new HttpRequestMessage(HttpMethod.Get, endpoints.Api(query)), cancellation);
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.TryGetProperty("items", out var items))
            {
                foreach (var item in items.EnumerateArray())
                {
                    if (item.GetProperty("snippet").GetProperty("title").GetString() == title)
                    {
                        return item.GetProperty("id").GetString();
                    }
                }
            }
            page = doc.RootElement.TryGetProperty("nextPageToken", out var next) ? next.GetString() : null;
        }
        while (page is not null);
        return null;
    }

    /// <summary>playlists.insert with the given title and privacy; returns the playlist id.</summary>
    public async Task<string> CreatePlaylistAsync(string title, string privacy, CancellationToken cancellation)
    {
        var resource = new JsonObject
        {
            ["snippet"] = new JsonObject { ["title"] = title },
            ["status"] = new JsonObject { ["privacyStatus"] = privacy },
        };
        var body = await http.SendAsync($"creating the playlist '{title}'", () => new HttpRequestMessage(HttpMethod.Post, endpoints.Api("youtube/v3/playlists?part=snippet,status"))
        {
            Content = Json(resource.ToJsonString()),
        }, cancellation);
        return IdOf(body);
    }

    /// <summary>playlistItems.insert; returns the item id.</summary>
    public async Task<string> AddToPlaylistAsync(string playlistId, string videoId, CancellationToken cancellation)
    {
        var resource = new JsonObject
        {
            ["snippet"] = new JsonObject
            {
                ["playlistId"] = playlistId,
                ["resourceId"] = new JsonObject { ["kind"] = "youtube#video", ["videoId"] = videoId },
            },
        };
        var body = await http.SendAsync("adding the video to the playlist", () => new HttpRequestMessage(HttpMethod.Post, endpoints.Api("youtube/v3/playlistItems?part=snippet"))
        {
            Content = Json(resource.ToJsonString()),
        }, cancellation);
        return IdOf(body);
    }

    public static string IdOf(string resourceJson)
    {
        using var doc = JsonDocument.Parse(resourceJson);
        return doc.RootElement.TryGetProperty("id", out var id) && id.GetString() is { Length: > 0 } s
            ? s
            : throw new PublishException("YouTube answered without the id of what it created");
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
