using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SkiaSharp;

namespace LegacyPress.TestSupport.Fakes.Images;

/// <summary>
/// A local stand-in for OpenAI's Images API on 127.0.0.1: <c>POST /v1/images/generations</c> (JSON) and <c>POST
/// /v1/images/edits</c> (multipart, <c>image</c> or <c>image[]</c>), checked like the real service (the Bearer key,
/// the model's sizes, <c>response_format</c> refused by the GPT image models, an upload's declared type), answering
/// <c>b64_json</c> PNGs at the size asked and errors in OpenAI's shape <c>{error: {message, type, param, code}}</c>.
/// A prompt containing <see cref="BlockedWord"/> is refused by the "safety system" (400 moderation_blocked).
/// </summary>
public sealed class FakeOpenAiImagesServer : FakeService
{
    public const string BlockedWord = "FORBIDDEN";

    private static readonly Dictionary<string, string[]> SizesByModel = new(StringComparer.Ordinal)
    {
        ["gpt-image-1"] = ["1024x1024", "1024x1536", "1536x1024", "auto"],
        ["gpt-image-1-mini"] = ["1024x1024", "1024x1536", "1536x1024", "auto"],
        ["dall-e-3"] = ["1024x1024", "1792x1024", "1024x1792"],
        ["dall-e-2"] = ["256x256", "512x512", "1024x1024"],
    };

    private static readonly string[] UploadTypes = ["image/png", "image/jpeg", "image/webp"];

    private FakeOpenAiImagesServer(string apiKey) => ApiKey = apiKey;

    /// <summary>The one key this server accepts.</summary>
    public string ApiKey { get; }

    /// <summary>The API's base, <c>…/v1</c>, as the SDK's endpoint takes it.</summary>
    public Uri Endpoint => new(BaseUrl, "v1");

    public static async Task<FakeOpenAiImagesServer> StartAsync(string apiKey = "sk-proj-fake0c9d2e7b41a85f3c6e1d")
    {
        var server = new FakeOpenAiImagesServer(apiKey);
        server.Host = await FakeServiceHost.StartAsync(r => r.Headers.Authorization.ToString() == "Bearer " + apiKey, (app, host) =>
        {
            app.MapPost("/v1/images/generations", context => host.ServeAsync(context, server.GenerationsAsync));
            app.MapPost("/v1/images/edits", context => host.ServeAsync(context, server.EditsAsync));
        });
        return server;
    }

    public static FakeFault RateLimited(string? retryAfterSeconds = null) =>
        new FakeFault.Status(429, Error("Rate limit reached for gpt-image-1 in organization org-fake on images per minute (IPM): Limit 5, Used 5, Requested 1. Please try again in 12s.", "requests", null, "rate_limit_exceeded").ToJsonString(), retryAfterSeconds);

    public static FakeFault OutOfQuota() =>
        new FakeFault.Status(429, Error("You exceeded your current quota, please check your plan and billing details.", "insufficient_quota", null, "insufficient_quota").ToJsonString());

    public static FakeFault ServerError(int status = 500) =>
        new FakeFault.Status(status, Error(status == 503 ? "The engine is currently overloaded, please try again later" : "The server had an error while processing your request. Sorry about that!", "server_error", null, null).ToJsonString());

    private async Task GenerationsAsync(HttpContext context, RecordedRequest request)
    {
        if (await RefusedKeyAsync(context, request))
        {
            return;
        }
        JsonObject body;
        try
        {
            body = JsonNode.Parse(request.Body) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            await FakeServiceHost.AnswerJsonAsync(context, 400, Error("We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly.)", "invalid_request_error", null, null));
            return;
        }
        var fields = body.ToDictionary(p => p.Key, p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? (string)v! : p.Value?.ToJsonString() ?? "", StringComparer.Ordinal);
        await AnswerPictureAsync(context, fields, reference: null);
    }

    private async Task EditsAsync(HttpContext context, RecordedRequest request)
    {
        if (await RefusedKeyAsync(context, request))
        {
            return;
        }
        var images = request.Files.Where(f => f.Field is "image" or "image[]").ToList();
        if (images.Count == 0)
        {
            await FakeServiceHost.AnswerJsonAsync(context, 400, Error("Missing required parameter: 'image'.", "invalid_request_error", "image", "missing_required_parameter"));
            return;
        }
        foreach (var image in images)
        {
            if (!UploadTypes.Contains(image.ContentType.Split(';')[0].Trim()))
            {
                await FakeServiceHost.AnswerJsonAsync(context, 400, Error($"Invalid file 'image': unsupported mimetype ('{image.ContentType}'). Supported file formats are 'image/jpeg', 'image/png', and 'image/webp'.", "invalid_request_error", "image", "unsupported_file_mimetype"));
                return;
            }
            using var decoded = SKBitmap.Decode(image.Bytes);
            if (decoded is null)
            {
                await FakeServiceHost.AnswerJsonAsync(context, 400, Error("Invalid image file or mode for image 1, please check your image file.", "invalid_request_error", "image", "invalid_image_file"));
                return;
            }
        }
        await AnswerPictureAsync(context, request.Fields, images[0]);
    }

    private async Task AnswerPictureAsync(HttpContext context, IReadOnlyDictionary<string, string> fields, RecordedFile? reference)
    {
        var model = fields.GetValueOrDefault("model") ?? "dall-e-2";
        if (!SizesByModel.TryGetValue(model, out var sizes))
        {
            await FakeServiceHost.AnswerJsonAsync(context, 404, Error($"The model '{model}' does not exist or you do not have access to it.", "invalid_request_error", "model", "model_not_found"));
            return;
        }
        var gptImage = model.StartsWith("gpt-image", StringComparison.Ordinal);
        if (gptImage && fields.ContainsKey("response_format"))
        {
            await FakeServiceHost.AnswerJsonAsync(context, 400, Error("Unknown parameter: 'response_format'.", "invalid_request_error", "response_format", "unknown_parameter"));
            return;
        }
        if (fields.GetValueOrDefault("prompt") is not { Length: > 0 } prompt)
        {
            await FakeServiceHost.AnswerJsonAsync(context, 400, Error("Missing required parameter: 'prompt'.", "invalid_request_error", "prompt", "missing_required_parameter"));
            return;
        }
        var size = fields.GetValueOrDefault("size") ?? (gptImage ? "auto" : "1024x1024");
        if (!sizes.Contains(size))
        {
            await FakeServiceHost.AnswerJsonAsync(context, 400, Error($"Invalid value: '{size}'. Supported values are: {string.Join(", ", sizes.Select(s => $"'{s}'"))}.", "invalid_request_error", "size", "invalid_value"));
            return;
        }
        if (prompt.Contains(BlockedWord, StringComparison.Ordinal))
        {
            await FakeServiceHost.AnswerJsonAsync(context, 400, Error("Your request was rejected as a result of our safety system. Your request may contain content that is not allowed by our safety system.", "image_generation_user_error", null, "moderation_blocked"));
            return;
        }
        var (width, height) = size == "auto" ? (1024, 1024) : (int.Parse(size.Split('x')[0]), int.Parse(size.Split('x')[1]));
        var decidedBy = $"{model}|{prompt}|{size}|{(reference is null ? "" : Convert.ToHexStringLower(SHA256.HashData(reference.Bytes)))}";
        var picture = new JsonObject { ["b64_json"] = Convert.ToBase64String(FakePictures.Png(width, height, decidedBy)) };
        if (!gptImage)
        {
            picture["revised_prompt"] = prompt;
        }
        var answer = new JsonObject { ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["data"] = new JsonArray(picture) };
        if (gptImage)
        {
            answer["background"] = "opaque";
            answer["output_format"] = "png";
            answer["quality"] = "high";
            answer["size"] = $"{width}x{height}";
            answer["usage"] = new JsonObject { ["input_tokens"] = 50, ["input_tokens_details"] = new JsonObject { ["image_tokens"] = reference is null ? 0 : 323, ["text_tokens"] = 50 }, ["output_tokens"] = 4160, ["total_tokens"] = 4210 };
        }
        await FakeServiceHost.AnswerJsonAsync(context, 200, answer);
    }

    private async Task<bool> RefusedKeyAsync(HttpContext context, RecordedRequest request)
    {
        if (request.KeyAccepted)
        {
            return false;
        }
        var sent = context.Request.Headers.Authorization.ToString();
        var key = sent.StartsWith("Bearer ", StringComparison.Ordinal) ? sent["Bearer ".Length..] : "";
        var message = key.Length == 0
            ? "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."
            // OpenAI shows the key it was given, masked but for its first and last characters.
            : $"Incorrect API key provided: {Masked(key)}. You can find your API key at https://platform.openai.com/account/api-keys.";
        await FakeServiceHost.AnswerJsonAsync(context, 401, Error(message, "invalid_request_error", null, key.Length == 0 ? null : "invalid_api_key"));
        return true;
    }

    private static string Masked(string key) => key.Length <= 8 ? new string('*', key.Length) : key[..3] + new string('*', key.Length - 7) + key[^4..];

    public static JsonObject Error(string message, string type, string? param, string? code) => new()
    {
        ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["param"] = param, ["code"] = code },
    };
}
