using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SkiaSharp;

namespace LegacyPress.TestSupport.Fakes.Images;

/// <summary>
/// A local stand-in for Stability's Stable Image API on 127.0.0.1: <c>POST /v2beta/stable-image/generate/{core|ultra|sd3}</c>
/// as multipart/form-data, checked like the real service (the Bearer key, prompt, seed range, aspect ratio, output
/// format, SD3's model and mode, image and strength) and answered with a PNG (<c>Accept: image/*</c>, with
/// <c>finish-reason</c> and <c>seed</c> headers) or JSON (<c>Accept: application/json</c>); errors in Stability's shape
/// <c>{id, name, errors: [...]}</c>. A prompt containing <see cref="BlockedWord"/> is refused by moderation (403); one
/// containing <see cref="BlurredWord"/> comes back blurred with <c>finish-reason: CONTENT_FILTERED</c>.
/// </summary>
public sealed class FakeStabilityServer : FakeService
{
    public const string BlockedWord = "FORBIDDEN";
    public const string BlurredWord = "BLURME";

    private static readonly Dictionary<string, (int Width, int Height)> SizesByRatio = new(StringComparer.Ordinal)
    {
        ["16:9"] = (1344, 768), ["1:1"] = (1024, 1024), ["21:9"] = (1536, 640), ["2:3"] = (832, 1216), ["3:2"] = (1216, 832),
        ["4:5"] = (896, 1088), ["5:4"] = (1088, 896), ["9:16"] = (768, 1344), ["9:21"] = (640, 1536),
    };

    private static readonly string[] Sd3Models = ["sd3.5-large", "sd3.5-large-turbo", "sd3.5-medium", "sd3.5-flash", "sd3-large", "sd3-large-turbo", "sd3-medium"];

    private FakeStabilityServer(string apiKey) => ApiKey = apiKey;

    public string ApiKey { get; }

    public static async Task<FakeStabilityServer> StartAsync(string apiKey = "sk-stab-fake4b7e19d0c2a6f85e31")
    {
        var server = new FakeStabilityServer(apiKey);
        server.Host = await FakeServiceHost.StartAsync(r => r.Headers.Authorization.ToString() == "Bearer " + apiKey, (app, host) =>
            app.MapPost("/v2beta/stable-image/generate/{endpoint}", context => host.ServeAsync(context, server.GenerateAsync)));
        return server;
    }

    public static FakeFault RateLimited(string? retryAfterSeconds = null) =>
        new FakeFault.Status(429, Error("rate_limit_exceeded", "You have exceeded the rate limit of 150 requests within a 10 second period, and have been timed out for 60 seconds.").ToJsonString(), retryAfterSeconds);

    public static FakeFault ServerError(int status = 500) =>
        new FakeFault.Status(status, Error(status == 503 ? "service_unavailable" : "internal_error", "An unexpected server error has occurred, please try again later.").ToJsonString());

    private async Task GenerateAsync(HttpContext context, RecordedRequest request)
    {
        var endpoint = (string)context.Request.RouteValues["endpoint"]!;
        if (!request.KeyAccepted)
        {
            await FakeServiceHost.AnswerJsonAsync(context, 401, Error("unauthorized", "authorization: invalid or missing header value"));
            return;
        }
        if (endpoint is not ("core" or "ultra" or "sd3"))
        {
            await FakeServiceHost.AnswerJsonAsync(context, 404, Error("not_found", $"no such endpoint: /v2beta/stable-image/generate/{endpoint}"));
            return;
        }
        if (!context.Request.HasFormContentType)
        {
            await FakeServiceHost.AnswerJsonAsync(context, 400, Error("bad_request", "content-type: must be multipart/form-data"));
            return;
        }
        var fields = request.Fields;
        var image = request.Files.FirstOrDefault(f => f.Field == "image");
        if (Problems(endpoint, fields, image) is { Count: > 0 } problems)
        {
            await FakeServiceHost.AnswerJsonAsync(context, 400, Error("bad_request", problems.ToArray()));
            return;
        }
        var prompt = fields["prompt"];
        if (prompt.Contains(BlockedWord, StringComparison.Ordinal))
        {
            await FakeServiceHost.AnswerJsonAsync(context, 403, Error("content_moderation", "Your request was flagged by our content moderation system, as a result your request was denied and you were not charged."));
            return;
        }
        var seed = fields.TryGetValue("seed", out var given) && long.Parse(given, CultureInfo.InvariantCulture) != 0 ? long.Parse(given, CultureInfo.InvariantCulture) : Random.Shared.NextInt64(1, 4_294_967_295);
        var (width, height) = SizeOf(fields, image);
        var decidedBy = $"{endpoint}|{fields.GetValueOrDefault("model")}|{prompt}|{fields.GetValueOrDefault("negative_prompt")}|{seed}|{(image is null ? "" : Convert.ToHexStringLower(SHA256.HashData(image.Bytes)))}";
        var filtered = prompt.Contains(BlurredWord, StringComparison.Ordinal);
        var png = FakePictures.Png(width, height, filtered ? "blurred" : decidedBy);
        var finishReason = filtered ? "CONTENT_FILTERED" : "SUCCESS";
        if (context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal))
        {
            await FakeServiceHost.AnswerJsonAsync(context, 200, new JsonObject { ["image"] = Convert.ToBase64String(png), ["finish_reason"] = finishReason, ["seed"] = seed });
            return;
        }
        context.Response.StatusCode = 200;
        context.Response.ContentType = "image/png";
        context.Response.Headers["finish-reason"] = finishReason;
        context.Response.Headers["seed"] = seed.ToString(CultureInfo.InvariantCulture);
        await context.Response.Body.WriteAsync(png, context.RequestAborted);
    }

    /// <summary>Every field the real service would refuse, as its <c>errors</c> list words them.</summary>
    private static List<string> Problems(string endpoint, IReadOnlyDictionary<string, string> fields, RecordedFile? image)
    {
        var problems = new List<string>();
        if (!fields.TryGetValue("prompt", out var prompt) || prompt.Length == 0)
        {
            problems.Add("prompt: cannot be empty");
        }
        else if (prompt.Length > 10000)
        {
            problems.Add("prompt: must be at most 10000 characters");
        }
        if (fields.GetValueOrDefault("negative_prompt")?.Length > 10000)
        {
            problems.Add("negative_prompt: must be at most 10000 characters");
        }
        if (fields.TryGetValue("seed", out var seed) && (!long.TryParse(seed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 4_294_967_294))
        {
            problems.Add("seed: must be a number between 0 and 4294967294");
        }
        if (fields.TryGetValue("aspect_ratio", out var ratio) && !SizesByRatio.ContainsKey(ratio))
        {
            problems.Add($"aspect_ratio: must be one of {string.Join(", ", SizesByRatio.Keys)}");
        }
        var formats = endpoint == "sd3" ? new[] { "png", "jpeg" } : ["png", "jpeg", "webp"];
        if (fields.TryGetValue("output_format", out var format) && !formats.Contains(format))
        {
            problems.Add($"output_format: must be one of {string.Join(", ", formats)}");
        }
        if (endpoint == "sd3")
        {
            if (fields.TryGetValue("model", out var model) && !Sd3Models.Contains(model))
            {
                problems.Add($"model: must be one of {string.Join(", ", Sd3Models)}");
            }
            var mode = fields.GetValueOrDefault("mode") ?? "text-to-image";
            if (mode is not ("text-to-image" or "image-to-image"))
            {
                problems.Add("mode: must be one of text-to-image, image-to-image");
            }
            if (mode == "image-to-image" && image is null)
            {
                problems.Add("image: required in image-to-image mode");
            }
            if (mode == "text-to-image" && image is not null)
            {
                problems.Add("image: not allowed in text-to-image mode");
            }
        }
        if (image is not null && (endpoint != "core"))
        {
            if (!fields.TryGetValue("strength", out var strength) || !double.TryParse(strength, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) || s is < 0 or > 1)
            {
                problems.Add("strength: required with an image, a number between 0 and 1");
            }
            using var decoded = SKBitmap.Decode(image.Bytes);
            if (decoded is null)
            {
                problems.Add("image: could not be decoded as an image");
            }
        }
        return problems;
    }

    /// <summary>About a megapixel at the aspect ratio asked; an image-to-image picture keeps its reference's shape.</summary>
    private static (int Width, int Height) SizeOf(IReadOnlyDictionary<string, string> fields, RecordedFile? image)
    {
        if (image is not null && fields.GetValueOrDefault("mode") == "image-to-image")
        {
            using var decoded = SKBitmap.Decode(image.Bytes);
            return (Math.Max(64, decoded.Width / 64 * 64), Math.Max(64, decoded.Height / 64 * 64));
        }
        return SizesByRatio[fields.GetValueOrDefault("aspect_ratio") ?? "1:1"];
    }

    private static JsonObject Error(string name, params string[] errors) => new()
    {
        ["id"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
        ["name"] = name,
        ["errors"] = new JsonArray(errors.Select(e => (JsonNode)JsonValue.Create(e)).ToArray()),
    };
}
