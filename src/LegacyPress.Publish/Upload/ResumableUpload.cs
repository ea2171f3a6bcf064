using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using LegacyPress.Publish.Http;
using LegacyPress.Core.Platforms;

namespace LegacyPress.Publish.Upload;

/// <summary>
/// Google's resumable upload protocol: a session started with the resource JSON, then chunks that are multiples of
/// 256 KiB. Only the server's <c>Range</c> header says what arrived; after any failure the session is asked
/// (<c>Content-Range: bytes */TOTAL</c>) before another byte is sent, so a drop costs at most one chunk.
/// </summary>
internal sealed partial class ResumableUpload(YouTubeHttp http, TransportOptions options)
{
    // One bucket for the whole run: a resent chunk and a restarted session spend from the same allowance.
    private readonly TokenBucket? bucket = options.RateLimitBytesPerSecond is { } limit and > 0
        ? TokenBucket.ForRate(limit, ThrottledContent.SliceBytes, TimeProvider.System)
        : null;

    /// <summary>Starts a session; returns its URI from the <c>Location</c> header.</summary>
    public Task<Uri> StartAsync(Uri endpoint, string resourceJson, long totalBytes, string contentType, CancellationToken cancellation) =>
        http.RunAsync("starting the upload", async token =>
        {
            using var response = await http.SendOnceAsync(() =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
                {
                    Content = new StringContent(resourceJson, Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("X-Upload-Content-Length", totalBytes.ToString(CultureInfo.InvariantCulture));
                request.Headers.Add("X-Upload-Content-Type", contentType);
                return request;
            }, token);
            if (!response.IsSuccessStatusCode)
            {
                throw YouTubeHttp.Failure("starting the upload", response.StatusCode, await response.Content.ReadAsStringAsync(token));
            }
            return response.Headers.Location ?? throw new TransientFailure("the upload session answer had no Location header");
        }, cancellation);

    /// <summary>
    /// Sends the file to the session from wherever the server says it is, reporting each confirmed offset (so the ledger
    /// can keep it) and returns the created resource's JSON.
    /// </summary>
    public async Task<string> SendAsync(
        Uri session, string filePath, long totalBytes, bool askFirst,
        Func<long, Task> confirmed, IProgress<UploadProgress>? progress, CancellationToken cancellation)
    {
        if (options.ChunkBytes <= 0 || options.ChunkBytes % YouTubeLimits.ChunkGranularityBytes != 0)
        {
            throw new ArgumentException($"chunk size must be a positive multiple of {YouTubeLimits.ChunkGranularityBytes} bytes", nameof(options));
        }
        await using var file = new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var buffer = new byte[options.ChunkBytes];
        var clock = Stopwatch.StartNew();
        long offset = 0;
        long? startOffset = null;
        var mustAsk = askFirst;
        string? created = null;

        while (created is null)
        {
            var before = offset;
            (offset, created) = await http.RunAsync("uploading the film", async token =>
            {
                if (mustAsk)
                {
                    var (known, done) = await AskAsync(session, totalBytes, token);
                    mustAsk = false;
                    if (done is not null)
                    {
                        return (totalBytes, done);
                    }
                    offset = known;
                }
                try
                {
                    return await SendChunkAsync(session, file, buffer, offset, totalBytes, token);
                }
                catch
                {
                    // Drop, 5xx, timeout: whatever part of the chunk reached the server is unknown until it says so.
                    mustAsk = true;
                    throw;
                }
            }, cancellation);

            startOffset ??= Math.Min(before, offset);
            if (offset != before || created is not null)
            {
                await confirmed(offset);
            }
            progress?.Report(Progress(offset, totalBytes, offset - startOffset.Value, clock.Elapsed));
        }
        return created;
    }

    /// <summary>Sends one chunk from <paramref name="offset"/>; returns the server's confirmed offset, or the resource when done.</summary>
    private async Task<(long Offset, string? Created)> SendChunkAsync(Uri session, FileStream file, byte[] buffer, long offset, long total, CancellationToken cancellation)
    {
        var length = (int)Math.Min(buffer.Length, total - offset);
        file.Position = offset;
        await file.ReadExactlyAsync(buffer.AsMemory(0, length), cancellation);
        using var response = await http.SendOnceAsync(() =>
        {
            HttpContent content = bucket is null ? new ByteArrayContent(buffer, 0, length) : new ThrottledContent(buffer, 0, length, bucket);
            content.Headers.ContentRange = length == 0 ? new ContentRangeHeaderValue(total) { Unit = "bytes" } : new ContentRangeHeaderValue(offset, offset + length - 1, total);
            return new HttpRequestMessage(HttpMethod.Put, session) { Content = content };
        }, cancellation);
        return await ReadSessionAnswerAsync(response, total, "uploading the film", cancellation);
    }

    /// <summary>The status query: an empty PUT with <c>Content-Range: bytes */TOTAL</c>.</summary>
    private async Task<(long Offset, string? Created)> AskAsync(Uri session, long total, CancellationToken cancellation)
    {
        using var response = await http.SendOnceAsync(() =>
        {
            var content = new ByteArrayContent([]);
            content.Headers.ContentRange = new ContentRangeHeaderValue(total) { Unit = "bytes" };
            return new HttpRequestMessage(HttpMethod.Put, session) { Content = content };
        }, cancellation);
        return await ReadSessionAnswerAsync(response, total, "asking the upload session how far it got", cancellation);
    }

    private static async Task<(long Offset, string? Created)> ReadSessionAnswerAsync(HttpResponseMessage response, long total, string action, CancellationToken cancellation)
    {
        var body = await response.Content.ReadAsStringAsync(cancellation);
        switch ((int)response.StatusCode)
        {
            case 200 or 201:
                return (total, body);
            case 308:
                return (ConfirmedOffset(response), null);
            case 404 or 410:
                throw new UploadSessionExpiredException();
            default:
                throw YouTubeHttp.Failure(action, response.StatusCode, body);
        }
    }

    /// <summary>
    /// The next byte the server wants: one past the end of <c>Range: bytes=0-N</c>, or 0 when the header is absent
    /// (the server has nothing yet).
    /// </summary>
    internal static long ConfirmedOffset(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Range", out var values))
        {
            return 0;
        }
        var match = RangeHeader().Match(values.First());
        if (!match.Success)
        {
            throw new TransientFailure("the upload session answered with an unreadable Range header");
        }
        return long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1;
    }

    private static UploadProgress Progress(long confirmed, long total, long sentThisRun, TimeSpan elapsed)
    {
        var speed = elapsed.TotalSeconds > 0 ? sentThisRun / elapsed.TotalSeconds : 0;
        TimeSpan? remaining = speed > 0 ? TimeSpan.FromSeconds((total - confirmed) / speed) : null;
        return new UploadProgress(confirmed, total, speed, remaining);
    }

    [GeneratedRegex(@"^bytes=0-(\d+)$")]
    private static partial Regex RangeHeader();
}
