using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace LegacyPress.Publish.Tests.Fakes;

/// <summary>
/// A local YouTube Data API v3 and Google OAuth server (Kestrel on 127.0.0.1, random port) implementing what
/// LegacyPress uses: the token endpoint, resumable sessions with 308/Range and status queries, videos.update,
/// thumbnails.set, captions insert/update, playlists and playlist items. It stores what it receives and misbehaves
/// on a script.
/// </summary>
public sealed class FakeYouTubeServer : IAsyncDisposable
{
    public const string ClientId = "fake-client.apps.googleusercontent.com";
    public const string ClientSecret = "fake-client-secret-XYZ";

    private readonly WebApplication app;
    private readonly object gate = new();
    private readonly Dictionary<(RequestKind, int), FakeFault> script = [];
    private readonly Dictionary<RequestKind, int> counts = [];
    private readonly HashSet<string> accessTokens = [];
    private readonly HashSet<string> refreshTokens = [];
    private readonly Dictionary<string, string> codes = [];
    private readonly Dictionary<string, string> challenges = [];
    private readonly Dictionary<string, Session> sessions = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private int nextId;

    private FakeYouTubeServer(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public Uri TokenEndpoint => new(BaseUrl, "token");

    public Uri AuthEndpoint => new(BaseUrl, "o/oauth2/auth");

    public ConcurrentDictionary<string, FakeVideo> Videos { get; } = new();

    public ConcurrentDictionary<string, FakeCaption> Captions { get; } = new();

    public ConcurrentDictionary<string, FakePlaylist> Playlists { get; } = new();

    public ConcurrentQueue<(RequestKind Kind, string Line)> Requests { get; } = new();

    /// <summary>Every access and refresh token the server ever issued, so tests can check none leaked into output.</summary>
    public ConcurrentBag<string> IssuedSecrets { get; } = [ClientSecret];

    public int Count(RequestKind kind) => Requests.Count(r => r.Kind == kind);

    public long ChunkBytesReceived { get; private set; }

    /// <summary>Every consent request's PKCE challenge and state, and whether its code was later redeemed with a matching verifier.</summary>
    public ConcurrentQueue<FakeConsent> Consents { get; } = new();

    /// <summary>When each chunk's body began and finished arriving, on the server's clock, for rate-limit tests.</summary>
    public ConcurrentQueue<ChunkArrival> ChunkArrivals { get; } = new();

    public static async Task<FakeYouTubeServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Limits.MaxRequestBodySize = null).UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeYouTubeServer(app);
        server.Map(app);
        await app.StartAsync();
        var address = app.Urls.First();
        server.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    /// <summary>Misbehave on the <paramref name="occurrence"/>-th request of a kind (1-based, counted over the server's life).</summary>
    public FakeYouTubeServer On(RequestKind kind, int occurrence, FakeFault fault)
    {
        lock (gate)
        {
            script[(kind, occurrence)] = fault;
        }
        return this;
    }

    /// <summary>Misbehave on <paramref name="count"/> requests of a kind in a row, from the <paramref name="from"/>-th on (a storm).</summary>
    public FakeYouTubeServer OnEach(RequestKind kind, int from, int count, FakeFault fault)
    {
        for (var n = from; n < from + count; n++)
        {
            On(kind, n, fault);
        }
        return this;
    }

    /// <summary>The user revoked LegacyPress in their Google account: refresh and access tokens stop working.</summary>
    public void RevokeGrant()
    {
        lock (gate)
        {
            refreshTokens.Clear();
            accessTokens.Clear();
        }
    }

    public void ExpireAccessTokens()
    {
        lock (gate)
        {
            accessTokens.Clear();
        }
    }

    /// <summary>A playlist that exists before the run, as if made in YouTube Studio.</summary>
    public FakePlaylist AddPlaylist(string title)
    {
        var playlist = new FakePlaylist(NewId("PL"), title, "private");
        Playlists[playlist.Id] = playlist;
        return playlist;
    }

    public string WriteClientSecrets(string folder)
    {
        var path = Path.Combine(folder, "client_secret.json");
        File.WriteAllText(path, new JsonObject
        {
            ["installed"] = new JsonObject
            {
                ["client_id"] = ClientId,
                ["client_secret"] = ClientSecret,
                ["auth_uri"] = AuthEndpoint.AbsoluteUri,
                ["token_uri"] = TokenEndpoint.AbsoluteUri,
                ["redirect_uris"] = new JsonArray("http://localhost"),
            },
        }.ToJsonString());
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private void Map(WebApplication web)
    {
        web.MapGet("/o/oauth2/auth", Authorize);
        web.MapPost("/token", TokenAsync);
        web.MapPost("/upload/youtube/v3/videos", StartSessionAsync);
        web.MapPut("/upload/youtube/v3/videos", SessionPutAsync);
        web.MapPut("/youtube/v3/videos", UpdateVideoAsync);
        web.MapPost("/upload/youtube/v3/thumbnails/set", SetThumbnailAsync);
        web.MapPost("/upload/youtube/v3/captions", PutCaptionAsync);
        web.MapPut("/upload/youtube/v3/captions", PutCaptionAsync);
        web.MapGet("/youtube/v3/captions", ListCaptionsAsync);
        web.MapGet("/youtube/v3/playlistItems", ListPlaylistItemsAsync);
        web.MapGet("/youtube/v3/playlists", ListPlaylistsAsync);
        web.MapPost("/youtube/v3/playlists", InsertPlaylistAsync);
        web.MapPost("/youtube/v3/playlistItems", InsertPlaylistItemAsync);
    }

    // ---- OAuth -------------------------------------------------------------------------------

    /// <summary>The consent screen, already agreed to: redirects to the loopback address with a code.</summary>
    private IResult Authorize(HttpContext context)
    {
        var q = context.Request.Query;
        if (q["client_id"] != ClientId || !q["redirect_uri"].ToString().StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
        {
            return Results.BadRequest("invalid_request");
        }
        var code = NewId("code-");
        if (RememberChallenge(code, q) is { } refused)
        {
            return refused;
        }
        lock (gate)
        {
            codes[code] = q["scope"].ToString();
        }
        return Results.Redirect(QueryHelpers.AddQueryString(q["redirect_uri"]!, new Dictionary<string, string?> { ["code"] = code, ["state"] = q["state"] }));
    }

    private async Task TokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var fault = Next(RequestKind.Token, context.Request);
        if (fault is FakeFault.Status busy)
        {
            // The token endpoint speaks OAuth (RFC 6749 §5.2), not the Data API's error format.
            await Json(context, busy.Code, new JsonObject { ["error"] = busy.Reason ?? "temporarily_unavailable", ["error_description"] = busy.Message ?? $"scripted {busy.Code}" });
            return;
        }
        if (await ApplyGenericFaultAsync(fault, context))
        {
            return;
        }
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            await TokenError(context, "invalid_client");
            return;
        }
        if (form["grant_type"] == "authorization_code" && !VerifierMatches(form["code"].ToString(), form["code_verifier"].ToString()))
        {
            await TokenError(context, "invalid_grant", "code_verifier does not match the code_challenge");
            return;
        }
        string? refresh;
        lock (gate)
        {
            switch (form["grant_type"].ToString())
            {
                case "authorization_code" when codes.Remove(form["code"].ToString()):
                    refresh = NewId("1//refresh-");
                    refreshTokens.Add(refresh);
                    break;
                case "refresh_token" when refreshTokens.Contains(form["refresh_token"].ToString()):
                    refresh = null;
                    break;
                default:
                    refresh = "";
                    break;
            }
        }
        if (refresh == "")
        {
            await TokenError(context, "invalid_grant", "Token has been expired or revoked.");
            return;
        }
        var access = NewId("ya29.access-");
        lock (gate)
        {
            accessTokens.Add(access);
        }
        IssuedSecrets.Add(access);
        var answer = new JsonObject { ["access_token"] = access, ["expires_in"] = 3599, ["token_type"] = "Bearer", ["scope"] = "https://www.googleapis.com/auth/youtube.upload https://www.googleapis.com/auth/youtube.force-ssl" };
        if (refresh is not null)
        {
            IssuedSecrets.Add(refresh);
            answer["refresh_token"] = refresh;
        }
        await Json(context, 200, answer);
    }

    /// <summary>Google requires PKCE for installed apps here: an S256 challenge kept with the code it issues.</summary>
    private IResult? RememberChallenge(string code, IQueryCollection query)
    {
        var challenge = query["code_challenge"].ToString();
        var method = query["code_challenge_method"].ToString();
        Consents.Enqueue(new FakeConsent(code, query["state"].ToString(), challenge, method));
        if (method != "S256" || challenge.Length != 43)
        {
            return Results.BadRequest("invalid_request: code_challenge_method=S256 and a code_challenge are required");
        }
        lock (gate)
        {
            challenges[code] = challenge;
        }
        return null;
    }

    /// <summary>RFC 7636 4.6: BASE64URL(SHA256(ASCII(code_verifier))) must equal the code's challenge; either way the challenge is spent.</summary>
    private bool VerifierMatches(string code, string verifier)
    {
        string? challenge;
        lock (gate)
        {
            challenges.Remove(code, out challenge);
        }
        var matches = challenge is not null && verifier.Length > 0
            && WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) == challenge;
        if (matches)
        {
            IssuedSecrets.Add(verifier);
            foreach (var consent in Consents.Where(c => c.Code == code))
            {
                consent.Verifier = verifier;
            }
        }
        return matches;
    }

    private static Task TokenError(HttpContext context, string error, string? description = null) =>
        Json(context, 400, new JsonObject { ["error"] = error, ["error_description"] = description ?? error });

    // ---- Resumable upload --------------------------------------------------------------------

    private async Task StartSessionAsync(HttpContext context)
    {
        var fault = Next(RequestKind.SessionStart, context.Request);
        if (!await AuthorizedAsync(context, fault) || await ApplyGenericFaultAsync(fault, context))
        {
            return;
        }
        var q = context.Request.Query;
        if (q["uploadType"] != "resumable" || !long.TryParse(context.Request.Headers["X-Upload-Content-Length"], out var total))
        {
            await Error(context, 400, "invalidArgument", "uploadType=resumable and X-Upload-Content-Length are required");
            return;
        }
        var resource = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())!.AsObject();
        var session = new Session(NewId("upload-"), resource, total, context.Request.Headers["X-Upload-Content-Type"].ToString());
        lock (gate)
        {
            sessions[session.Id] = session;
        }
        context.Response.Headers.Location = new Uri(BaseUrl, $"upload/youtube/v3/videos?uploadType=resumable&upload_id={session.Id}").AbsoluteUri;
        context.Response.StatusCode = 200;
    }

    private async Task SessionPutAsync(HttpContext context)
    {
        Session? session;
        lock (gate)
        {
            sessions.TryGetValue(context.Request.Query["upload_id"].ToString(), out session);
        }
        var range = context.Request.Headers.ContentRange.ToString();
        var isQuery = range.StartsWith("bytes */", StringComparison.Ordinal);
        var fault = Next(isQuery ? RequestKind.StatusQuery : RequestKind.Chunk, context.Request);
        if (session is null)
        {
            await Error(context, 404, "notFound", "upload session not found");
            return;
        }
        if (!await AuthorizedAsync(context, fault))
        {
            return;
        }
        if (fault is FakeFault.Status or FakeFault.Slow && await ApplyGenericFaultAsync(fault, context))
        {
            return;
        }
        if (session.Video is { } done)
        {
            await Json(context, 200, done.Resource);
            return;
        }
        if (isQuery)
        {
            await Answer308(context, session);
            return;
        }
        var parts = range.Replace("bytes ", "").Split('-', '/');
        var start = long.Parse(parts[0], CultureInfo.InvariantCulture);
        var end = long.Parse(parts[1], CultureInfo.InvariantCulture);
        if (start > session.Received.Length || long.Parse(parts[2], CultureInfo.InvariantCulture) != session.Total)
        {
            // A client that skipped bytes (assumed a chunk arrived): the real service refuses the range too.
            await Error(context, 400, "badContent", $"Content-Range {range} does not continue the {session.Received.Length} bytes received");
            return;
        }
        var body = new MemoryStream();
        if (fault is FakeFault.DropConnection drop)
        {
            var buffer = new byte[drop.KeepBytes];
            await context.Request.Body.ReadAtLeastAsync(buffer, drop.KeepBytes, throwOnEndOfStream: false);
            Append(session, start, buffer);
            context.Abort();
            return;
        }
        await ReceiveChunkAsync(context.Request.Body, body, context.RequestAborted);
        var bytes = body.ToArray();
        if (bytes.Length != end - start + 1)
        {
            await Error(context, 400, "badContent", "the body length does not match Content-Range");
            return;
        }
        lock (gate)
        {
            ChunkBytesReceived += bytes.Length;
        }
        Append(session, start, fault is FakeFault.KeepOnly keep ? bytes[..keep.KeepBytes] : bytes);
        var video = session.Received.Length < session.Total ? null : CreateVideo(session);
        if (fault is FakeFault.LoseAnswer)
        {
            context.Abort();
            return;
        }
        if (video is null)
        {
            await Answer308(context, session);
            return;
        }
        await Json(context, 201, video.Resource);
    }

    /// <summary>Reads a chunk's body, noting when its first and last bytes arrived.</summary>
    private async Task ReceiveChunkAsync(Stream request, MemoryStream body, CancellationToken cancellation)
    {
        var buffer = new byte[64 * 1024];
        TimeSpan? started = null;
        int read;
        while ((read = await request.ReadAsync(buffer, cancellation)) > 0)
        {
            started ??= clock.Elapsed;
            body.Write(buffer, 0, read);
        }
        if (started is { } first)
        {
            ChunkArrivals.Enqueue(new ChunkArrival(body.Length, first, clock.Elapsed));
        }
    }

    private static void Append(Session session, long start, byte[] bytes)
    {
        lock (session)
        {
            // Bytes the server already has are skipped, as when a client resends from an earlier offset.
            var skip = (int)(session.Received.Length - start);
            if (skip < bytes.Length)
            {
                session.Received.Position = session.Received.Length;
                session.Received.Write(bytes, skip, bytes.Length - skip);
            }
        }
    }

    private static Task Answer308(HttpContext context, Session session)
    {
        context.Response.StatusCode = 308;
        if (session.Received.Length > 0)
        {
            context.Response.Headers["Range"] = $"bytes=0-{session.Received.Length - 1}";
        }
        return Task.CompletedTask;
    }

    private FakeVideo CreateVideo(Session session)
    {
        lock (session)
        {
            if (session.Video is not null)
            {
                return session.Video;
            }
            var id = NewId("v").PadRight(11, 'x')[..11];
            var resource = session.Resource.DeepClone().AsObject();
            resource["kind"] = "youtube#video";
            resource["id"] = id;
            var bytes = session.Received.ToArray();
            var video = new FakeVideo(id, resource, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), session.ContentType);
            Videos[id] = video;
            session.Video = video;
            return video;
        }
    }

    // ---- Other resources ---------------------------------------------------------------------

    private async Task UpdateVideoAsync(HttpContext context)
    {
        var fault = Next(RequestKind.VideosUpdate, context.Request);
        if (!await AuthorizedAsync(context, fault) || await ApplyGenericFaultAsync(fault, context))
        {
            return;
        }
        var resource = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())!.AsObject();
        var id = resource["id"]?.GetValue<string>();
        if (id is null || !Videos.TryGetValue(id, out var video))
        {
            await Error(context, 404, "videoNotFound", "The video that you are trying to update cannot be found.");
            return;
        }
        if (resource["snippet"]?["title"] is null || resource["snippet"]?["categoryId"] is null)
        {
            await Error(context, 400, "invalidVideoMetadata", "snippet.title and snippet.categoryId are required");
            return;
        }
        var updated = video.Resource.DeepClone().AsObject();
        updated["snippet"] = resource["snippet"]!.DeepClone();
        updated["status"] = resource["status"]!.DeepClone();
        Videos[id] = video with { Resource = updated, Updates = video.Updates + 1 };
        await Json(context, 200, updated);
    }

    private async Task SetThumbnailAsync(HttpContext context)
    {
        var fault = Next(RequestKind.Thumbnail, context.Request);
        if (!await AuthorizedAsync(context, fault) || await ApplyGenericFaultAsync(fault, context))
        {
            return;
        }
        var id = context.Request.Query["videoId"].ToString();
        if (!Videos.TryGetValue(id, out var video))
        {
            await Error(context, 404, "videoNotFound", "video not found");
            return;
        }
        var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        if (body.Length > 2 * 1024 * 1024)
        {
            await Error(context, 400, "mediaBodyTooLarge", "thumbnail over 2 MB");
            return;
        }
        Videos[id] = video with { Thumbnail = body.ToArray(), ThumbnailType = context.Request.ContentType };
        await Json(context, 200, new JsonObject { ["kind"] = "youtube#thumbnailSetResponse", ["items"] = new JsonArray() });
    }

    private async Task PutCaptionAsync(HttpContext context)
    {
        var fault = Next(RequestKind.Caption, context.Request);
        if (!await AuthorizedAsync(context, fault) || await ApplyGenericFaultAsync(fault, context))
        {
            return;
        }
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(context.Request.ContentType).Boundary).Value!;
        var reader = new MultipartReader(boundary, context.Request.Body);
        var metadata = JsonNode.Parse(await new StreamReader((await reader.ReadNextSectionAsync())!.Body).ReadToEndAsync())!.AsObject();
        var media = new MemoryStream();
        await (await reader.ReadNextSectionAsync())!.Body.CopyToAsync(media);
        var snippet = metadata["snippet"]!;
        var videoId = snippet["videoId"]!.GetValue<string>();
        if (!Videos.ContainsKey(videoId))
        {
            await Error(context, 404, "videoNotFound", "video not found");
            return;
        }
        var id = HttpMethods.IsPut(context.Request.Method) ? metadata["id"]!.GetValue<string>() : NewId("cap-");
        var caption = new FakeCaption(id, videoId, snippet["language"]!.GetValue<string>(), snippet["name"]!.GetValue<string>(), Encoding.UTF8.GetString(media.ToArray()));
        Captions[id] = caption;
        await AnswerCreatedAsync(context, fault, new JsonObject { ["kind"] = "youtube#caption", ["id"] = id, ["snippet"] = snippet.DeepClone() });
    }

    private async Task ListPlaylistsAsync(HttpContext context)
    {
        var fault = Next(RequestKind.PlaylistsList, context.Request);
        if (!await AuthorizedAsync(context, fault) || await ApplyGenericFaultAsync(fault, context))
        {
            return;
        }
        // Two per page, so paging is exercised with few playlists.
        var all = Playlists.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var start = int.TryParse(context.Request.Query["pageToken"], out var page) ? page : 0;
        var items = all.Skip(start).Take(2).Select(p => (JsonNode)new JsonObject { ["kind"] = "youtube#playlist", ["id"] = p.Id, ["snippet"] = new JsonObject { ["title"] = p.Title } });
        var answer = new JsonObject { ["kind"] = "youtube#playlistListResponse", ["items"] = new JsonArray(items.ToArray()) };
        if (start + 2 < all.Count)
        {
            answer["nextPageToken"] = (start + 2).ToString(CultureInfo.InvariantCulture);
        }
        await Json(context, 200, answer);
    }

    private async Task InsertPlaylistAsync(HttpContext context)
    {
        var fault = Next(RequestKind.PlaylistsInsert, context.Request);
        if (!await AuthorizedAsync(context, fault) || await ApplyGenericFaultAsync(fault, context))
        {
            return;
        }
        var resource = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())!;
        var playlist = new FakePlaylist(NewId("PL"), resource["snippet"]!["title"]!.GetValue<string>(), resource["status"]?["privacyStatus"]?.GetValue<string>() ?? "public");
        Playlists[playlist.Id] = playlist;
        await AnswerCreatedAsync(context, fault, new JsonObject { ["kind"] = "youtube#playlist", ["id"] = playlist.Id, ["snippet"] = new JsonObject { ["title"] = playlist.Title } });
    }

    private async Task InsertPlaylistItemAsync(HttpContext context)
    {
        var fault = Next(RequestKind.PlaylistItemsInsert, context.Request);
        if (!await AuthorizedAsync(context, fault) || await ApplyGenericFaultAsync(fault, context))
        {
            return;
        }
        var snippet = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())!["snippet"]!;
        var playlistId = snippet["playlistId"]!.GetValue<string>();
        if (!Playlists.TryGetValue(playlistId, out var playlist))
        {
            await Error(context, 404, "playlistNotFound", "playlist not found");
            return;
        }
        var videoId = snippet["resourceId"]!["videoId"]!.GetValue<string>();
        var itemId = NewId("PLI");
        Playlists[playlistId] = playlist with { VideoIds = [.. playlist.VideoIds, videoId], ItemIds = [.. playlist.ItemIds, itemId] };
        await AnswerCreatedAsync(context, fault, new JsonObject { ["kind"] = "youtube#playlistItem", ["id"] = itemId });
    }

    private async Task ListCaptionsAsync(HttpContext context)
    {
        var fault = Next(RequestKind.CaptionsList, context.Request);
        if (!await AuthorizedAsync(context, fault) || await ApplyGenericFaultAsync(fault, context))
        {
            return;
        }
        var videoId = context.Request.Query["videoId"].ToString();
        if (!Videos.ContainsKey(videoId))
        {
            await Error(context, 404, "videoNotFound", "video not found");
            return;
        }
        var items = Captions.Values.Where(c => c.VideoId == videoId).OrderBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => (JsonNode)new JsonObject
            {
                ["kind"] = "youtube#caption",
                ["id"] = c.Id,
                ["snippet"] = new JsonObject { ["videoId"] = c.VideoId, ["language"] = c.Language, ["name"] = c.Name, ["trackKind"] = "standard" },
            });
        await Json(context, 200, new JsonObject { ["kind"] = "youtube#captionListResponse", ["items"] = new JsonArray(items.ToArray()) });
    }

    /// <summary>playlistItems.list with <c>playlistId</c> and the optional <c>videoId</c> filter, as the real API offers.</summary>
    private async Task ListPlaylistItemsAsync(HttpContext context)
    {
        var fault = Next(RequestKind.PlaylistItemsList, context.Request);
        if (!await AuthorizedAsync(context, fault) || await ApplyGenericFaultAsync(fault, context))
        {
            return;
        }
        if (!Playlists.TryGetValue(context.Request.Query["playlistId"].ToString(), out var playlist))
        {
            await Error(context, 404, "playlistNotFound", "playlist not found");
            return;
        }
        var only = context.Request.Query["videoId"].ToString();
        var items = playlist.VideoIds.Select((video, i) => (video, id: playlist.ItemIds[i]))
            .Where(x => only.Length == 0 || x.video == only)
            .Select(x => (JsonNode)new JsonObject { ["kind"] = "youtube#playlistItem", ["id"] = x.id });
        await Json(context, 200, new JsonObject { ["kind"] = "youtube#playlistItemListResponse", ["items"] = new JsonArray(items.ToArray()) });
    }

    /// <summary>The answer to a create that took effect: the resource, or — scripted — no answer at all, or an error in its place.</summary>
    private static async Task AnswerCreatedAsync(HttpContext context, FakeFault? fault, JsonObject resource)
    {
        switch (fault)
        {
            case FakeFault.LoseAnswer:
                context.Abort();
                return;
            case FakeFault.SucceedThenStatus late:
                await Error(context, late.Code, late.Code >= 500 ? "backendError" : "badRequest", $"scripted {late.Code} after the create");
                return;
            default:
                await Json(context, 200, resource);
                return;
        }
    }

    // ---- Plumbing ----------------------------------------------------------------------------

    private FakeFault? Next(RequestKind kind, HttpRequest request)
    {
        lock (gate)
        {
            var n = counts[kind] = counts.GetValueOrDefault(kind) + 1;
            Requests.Enqueue((kind, $"{request.Method} {request.Path}{request.QueryString} {request.Headers.ContentRange}".Trim()));
            return script.Remove((kind, n), out var fault) ? fault : null;
        }
    }

    private async Task<bool> AuthorizedAsync(HttpContext context, FakeFault? fault)
    {
        if (fault is FakeFault.ExpireAccessTokens)
        {
            ExpireAccessTokens();
        }
        var header = context.Request.Headers.Authorization.ToString();
        bool ok;
        lock (gate)
        {
            ok = header.StartsWith("Bearer ", StringComparison.Ordinal) && accessTokens.Contains(header["Bearer ".Length..]);
        }
        if (!ok)
        {
            await Error(context, 401, "authError", "Invalid Credentials");
        }
        return ok;
    }

    private static async Task<bool> ApplyGenericFaultAsync(FakeFault? fault, HttpContext context)
    {
        switch (fault)
        {
            case FakeFault.Slow slow:
                await Task.Delay(slow.Delay, context.RequestAborted);
                return false;
            case FakeFault.Status status:
                await Error(context, status.Code, status.Reason ?? (status.Code >= 500 ? "backendError" : "badRequest"), status.Message ?? $"scripted {status.Code}");
                return true;
            default:
                return false;
        }
    }

    private static Task Error(HttpContext context, int code, string reason, string message) =>
        Json(context, code, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["errors"] = new JsonArray(new JsonObject { ["domain"] = "youtube", ["reason"] = reason, ["message"] = message }),
            },
        });

    private static async Task Json(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=UTF-8";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    private string NewId(string prefix) => prefix + Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..6];

    private sealed class Session(string id, JsonObject resource, long total, string contentType)
    {
        public string Id { get; } = id;
        public JsonObject Resource { get; } = resource;
        public long Total { get; } = total;
        public string ContentType { get; } = contentType;
        public MemoryStream Received { get; } = new();
        public FakeVideo? Video { get; set; }
    }
}

/// <summary>A video the fake created: its resource as last set, the bytes it received and their SHA-256.</summary>
public sealed record FakeVideo(string Id, JsonObject Resource, byte[] Bytes, string Sha256, string ContentType)
{
    public int Updates { get; init; }
    public byte[]? Thumbnail { get; init; }
    public string? ThumbnailType { get; init; }
    public string Title => Resource["snippet"]!["title"]!.GetValue<string>();
    public JsonNode Status => Resource["status"]!;
}

/// <summary>A consent request as the fake saw it: the code it issued, the state and PKCE challenge, and the verifier that redeemed it.</summary>
public sealed record FakeConsent(string Code, string State, string Challenge, string Method)
{
    public string? Verifier { get; set; }
}

/// <summary>One chunk body as the fake saw it arrive: its size and the server-clock times of its first and last bytes.</summary>
public sealed record ChunkArrival(long Bytes, TimeSpan Started, TimeSpan Finished);

public sealed record FakeCaption(string Id, string VideoId, string Language, string Name, string Text);

public sealed record FakePlaylist(string Id, string Title, string Privacy)
{
    public IReadOnlyList<string> VideoIds { get; init; } = [];

    /// <summary>The playlist item of each entry of <see cref="VideoIds"/>, in the same order.</summary>
    public IReadOnlyList<string> ItemIds { get; init; } = [];
}
