using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LegacyPress.Render.Audio.Speech;
using LegacyPress.Render.Media;
using LegacyPress.Render.Tools;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LegacyPress.TestSupport.Fakes;

/// <summary>
/// A local stand-in for the ElevenLabs text-to-speech and sound-generation APIs on 127.0.0.1: checks <c>xi-api-key</c>,
/// validates the JSON body like the real (FastAPI) service, answers with real audio (speech: a tone whose length grows
/// with the text; sound effects: noise of the requested duration, different on every call, as real takes are), records
/// every request, and plays scripted faults (429, 5xx, dropped or stalled answers, slow answers) in order, to either endpoint.
/// </summary>
public sealed partial class FakeElevenLabsServer : IAsyncDisposable
{
    public const string KeyHeader = "xi-api-key";
    public const string RedactedKey = "<redacted>";

    /// <summary>Seconds of audio per character of text: about 15 characters a second, like a calm narrator.</summary>
    public const double SecondsPerCharacter = 1 / 15.0;

    /// <summary>The sound-generation endpoint's bounds on <c>duration_seconds</c>, and what it makes when none is asked for.</summary>
    public const double MinSoundSeconds = 0.5;

    public const double MaxSoundSeconds = 30;

    public const double DefaultSoundSeconds = 5;

    private readonly WebApplication app;
    private readonly ConcurrentQueue<FakeResponse> script = new();
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentDictionary<(string Format, int Characters), byte[]> encoded = new();
    private readonly string workDirectory = Directory.CreateTempSubdirectory("fake-elevenlabs-").FullName;
    private int takes;

    private FakeElevenLabsServer(WebApplication app, string apiKey)
    {
        this.app = app;
        ApiKey = apiKey;
    }

    /// <summary>The one key this server accepts.</summary>
    public string ApiKey { get; }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Options aimed at this server with its key (or <paramref name="apiKey"/>), retrying fast enough for tests.</summary>
    public ElevenLabsOptions Options(string? apiKey = null, int maxAttempts = 5, TimeSpan? attemptTimeout = null) => new()
    {
        ApiKey = apiKey ?? ApiKey,
        BaseUrl = BaseUrl,
        Retry = new ElevenLabsRetryOptions
        {
            MaxAttempts = maxAttempts,
            FirstDelay = TimeSpan.FromMilliseconds(5),
            MaxDelay = TimeSpan.FromMilliseconds(50),
            AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(20),
        },
    };

    /// <summary>Every request seen so far, in arrival order, with the key's value redacted.</summary>
    public IReadOnlyList<RecordedRequest> Requests => requests.ToArray();

    public static async Task<FakeElevenLabsServer> StartAsync(string apiKey = "sk_fake_7f3a9c0e51b2d48e6a1f")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeElevenLabsServer(app, apiKey);
        app.MapPost("/v1/text-to-speech/{voiceId}", (HttpContext context, string voiceId) => server.HandleAsync(context, new SpeechEndpoint(voiceId)));
        app.MapPost("/v1/sound-generation", (HttpContext context) => server.HandleAsync(context, new SoundEndpoint()));
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Urls.Single());
        return server;
    }

    /// <summary>Queues scripted answers: each one answers the next request instead of the normal behaviour.</summary>
    public void Enqueue(params FakeResponse[] responses)
    {
        foreach (var response in responses)
        {
            script.Enqueue(response);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        try
        {
            Directory.Delete(workDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task HandleAsync(HttpContext context, Endpoint endpoint)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var sentKey = request.Headers[KeyHeader].ToString();
        requests.Enqueue(new RecordedRequest(
            request.Method,
            request.Path.Value ?? "",
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            request.Headers.ToDictionary(
                h => h.Key,
                h => h.Key.Equals(KeyHeader, StringComparison.OrdinalIgnoreCase) ? RedactedKey : h.Value.ToString(),
                StringComparer.OrdinalIgnoreCase),
            body,
            KeyAccepted: sentKey == ApiKey));

        try
        {
            if (script.TryDequeue(out var scripted))
            {
                switch (scripted)
                {
                    case FakeResponse.Status status:
                        if (status.RetryAfter is { } after)
                        {
                            context.Response.Headers.RetryAfter = after;
                        }
                        await Json(context, status.Code, status.Body);
                        return;
                    case FakeResponse.DropMidResponse:
                        await PartlyAnswerAsync(context, endpoint, body, hang: false);
                        return;
                    case FakeResponse.StallMidResponse:
                        await PartlyAnswerAsync(context, endpoint, body, hang: true);
                        return;
                    case FakeResponse.Slow slow:
                        await Task.Delay(slow.Delay, context.RequestAborted);
                        break;
                }
            }
            await AnswerAsync(context, endpoint, body, sentKey);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (its attempt timed out); nothing to answer.
        }
    }

    private async Task AnswerAsync(HttpContext context, Endpoint endpoint, string body, string sentKey)
    {
        if (sentKey.Length == 0 || sentKey != ApiKey)
        {
            await Json(context, 401, """{"detail":{"status":"invalid_api_key","message":"Invalid API key"}}""");
            return;
        }
        var outputFormat = context.Request.Query["output_format"].ToString();
        var problem = Validate(endpoint, body, outputFormat);
        if (problem is not null)
        {
            await Json(context, 422, problem.ToJsonString());
            return;
        }
        if (endpoint is SpeechEndpoint { VoiceId.Length: < 3 } speech)
        {
            var notFound = new JsonObject { ["detail"] = new JsonObject { ["status"] = "voice_not_found", ["message"] = $"A voice with the voice_id {speech.VoiceId} was not found." } };
            await Json(context, 404, notFound.ToJsonString());
            return;
        }
        var (audio, contentType) = await AudioAsync(endpoint, outputFormat, JsonNode.Parse(body)!, context.RequestAborted);
        context.Response.StatusCode = 200;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = audio.Length;
        await context.Response.Body.WriteAsync(audio, context.RequestAborted);
    }

    /// <summary>Promises the whole file and sends a third of it; then cuts the connection, or hangs until the client gives up.</summary>
    private async Task PartlyAnswerAsync(HttpContext context, Endpoint endpoint, string body, bool hang)
    {
        var json = JsonNode.Parse(body) ?? new JsonObject();
        if (json["text"] is null)
        {
            json["text"] = "dropped";
        }
        var (audio, contentType) = await AudioAsync(endpoint, context.Request.Query["output_format"].ToString(), json, context.RequestAborted);
        context.Response.StatusCode = 200;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = audio.Length;
        await context.Response.Body.WriteAsync(audio.AsMemory(0, audio.Length / 3), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        if (hang)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
        }
        context.Abort();
    }

    /// <summary>
    /// FastAPI-style 422 details for a body the real service would refuse; null when it is acceptable. Both endpoints
    /// need a string <c>text</c> and a known <c>output_format</c>; speech's voice settings are 0–1; sound generation's
    /// <c>duration_seconds</c> is 0.5–30 (null lets the service choose) and its <c>prompt_influence</c> 0–1.
    /// </summary>
    private static JsonObject? Validate(Endpoint endpoint, string body, string outputFormat)
    {
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(body);
        }
        catch (JsonException e)
        {
            return Unprocessable("json_invalid", ["body", 0], $"JSON decode error: {e.Message}");
        }
        if (json is not JsonObject obj || obj["text"] is not JsonValue textValue || textValue.GetValueKind() != JsonValueKind.String)
        {
            return Unprocessable("missing", ["body", "text"], "Field required");
        }
        var problem = endpoint switch
        {
            SoundEndpoint => Bounded(obj, "duration_seconds", MinSoundSeconds, MaxSoundSeconds) ?? Bounded(obj, "prompt_influence", 0, 1),
            _ => obj["voice_settings"] is JsonObject settings
                ? Bounded(settings, "stability", 0, 1, "voice_settings") ?? Bounded(settings, "similarity_boost", 0, 1, "voice_settings") ?? Bounded(settings, "style", 0, 1, "voice_settings")
                : null,
        };
        if (problem is null && outputFormat.Length > 0 && !OutputFormatPattern().IsMatch(outputFormat))
        {
            return Unprocessable("enum", ["query", "output_format"], $"Input should be a valid output format, got '{outputFormat}'");
        }
        return problem;
    }

    /// <summary>An optional number field (absent or null is fine) that must lie in [min, max], as pydantic words it.</summary>
    private static JsonObject? Bounded(JsonObject obj, string name, double min, double max, string? parent = null)
    {
        JsonNode[] location = parent is null ? ["body", name] : ["body", parent, name];
        if (obj[name] is not { } node)
        {
            return null;
        }
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return Unprocessable("float_parsing", location, "Input should be a valid number");
        }
        var number = value.GetValue<double>();
        return number < min ? Unprocessable("greater_than_equal", location, $"Input should be greater than or equal to {Format(min)}")
            : number > max ? Unprocessable("less_than_equal", location, $"Input should be less than or equal to {Format(max)}")
            : null;
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static JsonObject Unprocessable(string type, JsonNode[] location, string message) => new()
    {
        ["detail"] = new JsonArray(new JsonObject
        {
            ["type"] = type,
            ["loc"] = new JsonArray(location),
            ["msg"] = message,
        }),
    };

    /// <summary>
    /// Real audio, encoded as asked: for speech a 440 Hz tone as long as the text would take to say (the same every
    /// time); for a sound effect noise as long as <c>duration_seconds</c> (5 s when absent), new on every call.
    /// </summary>
    private async Task<(byte[] Audio, string ContentType)> AudioAsync(Endpoint endpoint, string outputFormat, JsonNode body, CancellationToken ct)
    {
        var format = outputFormat.Length == 0 ? "mp3_44100_128" : outputFormat;
        var match = OutputFormatPattern().Match(format);
        var rate = int.Parse(match.Groups["rate"].Value, CultureInfo.InvariantCulture);
        var text = body["text"]?.GetValue<string>() ?? "";
        var sound = endpoint is SoundEndpoint;
        var pcm = sound
            ? Noise(rate, body["duration_seconds"]?.GetValue<double>() ?? DefaultSoundSeconds, Interlocked.Increment(ref takes))
            : Tone(rate, Math.Max(0.3, text.Length * SecondsPerCharacter));
        if (match.Groups["kind"].Value == "pcm")
        {
            return (pcm, "audio/pcm");
        }
        if (!sound && encoded.TryGetValue((format, text.Length), out var cached))
        {
            return (cached, "audio/mpeg");
        }
        var name = Guid.NewGuid().ToString("N");
        var raw = Path.Combine(workDirectory, name + ".raw");
        var mp3 = Path.Combine(workDirectory, name + ".mp3");
        await File.WriteAllBytesAsync(raw, pcm, ct);
        var result = await ExternalTool.TryRunAsync(
            "ffmpeg",
            ["-v", "error", "-f", "s16le", "-ar", rate.ToString(CultureInfo.InvariantCulture), "-ac", "1", "-i", raw, "-c:a", "libmp3lame", "-b:a", match.Groups["kbps"].Value + "k", mp3],
            null,
            ct) ?? throw new InvalidOperationException("the fake ElevenLabs server needs ffmpeg");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg could not make the fake MP3: {result.ErrorTail()}");
        }
        var bytes = await File.ReadAllBytesAsync(mp3, ct);
        if (!sound)
        {
            encoded[(format, text.Length)] = bytes;
        }
        return (bytes, "audio/mpeg");
    }

    /// <summary>Band-limited noise with a slow swell, seeded by the call number so every take differs.</summary>
    private static byte[] Noise(int sampleRateHz, double seconds, int seed)
    {
        var random = new Random(seed);
        var samples = (int)(sampleRateHz * seconds);
        var bytes = new byte[samples * 2];
        double smoothed = 0;
        for (var i = 0; i < samples; i++)
        {
            smoothed += 0.3 * ((random.NextDouble() * 2 - 1) - smoothed);
            var swell = 0.6 + 0.4 * Math.Sin(Math.PI * i / samples);
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), (short)(smoothed * swell * 20000));
        }
        return bytes;
    }

    private static byte[] Tone(int sampleRateHz, double seconds)
    {
        var samples = (int)(sampleRateHz * seconds);
        var bytes = new byte[samples * 2];
        for (var i = 0; i < samples; i++)
        {
            var value = (short)(Math.Sin(2 * Math.PI * 440 * i / sampleRateHz) * 8000);
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), value);
        }
        return bytes;
    }

    private static Task Json(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body, context.RequestAborted);
    }

    [GeneratedRegex(@"^(?<kind>mp3)_(?<rate>22050|24000|44100)_(?<kbps>32|64|96|128|192)$|^(?<kind>pcm)_(?<rate>8000|16000|22050|24000|44100|48000)$")]
    private static partial Regex OutputFormatPattern();
}

/// <summary>Which API a request is for: speech with its voice id, or sound generation.</summary>
internal abstract record Endpoint;

internal sealed record SpeechEndpoint(string VoiceId) : Endpoint;

internal sealed record SoundEndpoint : Endpoint;

/// <summary>One request the fake saw: the <c>xi-api-key</c> value is replaced by <see cref="FakeElevenLabsServer.RedactedKey"/>.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    bool KeyAccepted)
{
    public JsonNode Json => JsonNode.Parse(Body)!;
}

/// <summary>A scripted answer for the next request, instead of the fake's normal behaviour.</summary>
public abstract record FakeResponse
{
    /// <summary>Answer with this status and JSON body (and Retry-After, in seconds, if given).</summary>
    public sealed record Status(int Code, string Body, string? RetryAfter = null) : FakeResponse;

    /// <summary>Start a good answer, then cut the connection a third of the way through the audio.</summary>
    public sealed record DropMidResponse : FakeResponse;

    /// <summary>Start a good answer, send a third of the audio, then send nothing more until the client gives up.</summary>
    public sealed record StallMidResponse : FakeResponse;

    /// <summary>Wait this long before answering normally.</summary>
    public sealed record Slow(TimeSpan Delay) : FakeResponse;

    public static FakeResponse TooManyRequests(string? retryAfterSeconds = null) =>
        new Status(429, """{"detail":{"status":"too_many_concurrent_requests","message":"Too many concurrent requests."}}""", retryAfterSeconds);

    public static FakeResponse InternalServerError() =>
        new Status(500, """{"detail":{"status":"internal_error","message":"An internal error occurred."}}""");

    public static FakeResponse ServiceUnavailable() =>
        new Status(503, """{"detail":{"status":"system_busy","message":"The system is experiencing heavy traffic, please try again."}}""");
}
