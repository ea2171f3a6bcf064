using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LegacyPress.Generation.Images.Stability;

/// <summary>
/// Pictures from Stability's Stable Image API (<c>POST /v2beta/stable-image/generate/{core|ultra|sd3}</c>, multipart):
/// the prompt, negative prompt and seed as given, the nearest of its aspect ratios to the shot's shape, PNG out. A shot
/// with reference stills starts from the first one (SD3 and Ultra take an image and a strength; Core takes none). A
/// picture its filter blurred (<c>finish-reason: CONTENT_FILTERED</c>) or a prompt its moderation refused (403) is
/// <see cref="ImageOutcome.Filtered"/>.
/// </summary>
public sealed class StabilityBackend : IImageBackend
{
    public const string BackendName = "stability";
    public const string ApiKeyVariable = "STABILITY_API_KEY";

    /// <summary>How far a picture may move from its reference: 0 would keep the reference, 1 ignore it (ComfyUI's img2img denoise is the same).</summary>
    public const double ReferenceStrength = 0.6;

    /// <summary>Stability's largest seed; a request's seed is folded into 0…this so each still has its own.</summary>
    public const long MaxSeed = 4_294_967_294;

    private const string Service = "Stability";
    private const string ContentFiltered = "CONTENT_FILTERED";

    private readonly StabilityModel model;
    private readonly string? apiKey;
    private readonly Uri endpoint;
    private readonly ServiceHttp http;

    /// <exception cref="GenerationException">The model is none of Stability's.</exception>
    public StabilityBackend(ImageBackendOptions options, HttpClient http, IProgress<string>? retryNotices = null)
    {
        model = StabilityModel.Parse(options.Model);
        apiKey = string.IsNullOrWhiteSpace(options.ApiKey) ? null : options.ApiKey;
        endpoint = options.EndpointOr(DefaultEndpoint);
        var retry = new GenerationRetry(Service, endpoint, options.RequestTimeout, options.Retry, retryNotices);
        this.http = new ServiceHttp(http, retry, answer => StabilityError.Parse(answer.Text).Describe(apiKey));
    }

    public static Uri DefaultEndpoint { get; } = new("https://api.stability.ai/");

    public string Name => BackendName;

    public string Model => model.Name;

    /// <summary>The seed Stability is sent for <paramref name="seed"/>: itself when in range, else folded into it.</summary>
    public static long SeedFor(long seed) => (long)(unchecked((ulong)seed) % (ulong)(MaxSeed + 1));

    public async Task<ImageOutcome> GenerateAsync(ImageRequest request, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var key = apiKey ?? throw new GenerationException($"the stability image backend needs a Stability API key, but {ApiKeyVariable} is not set; export your key in it");
        if (request.ReferenceFiles.Count > 0 && !model.TakesReference)
        {
            throw new GenerationException($"Stability's {model.Name} cannot start from a reference still, and shot '{request.ShotId}' has some; use model sd3.5-large (or ultra), or remove the shot's references");
        }
        var reference = request.ReferenceFiles.Count > 0 ? ReferenceStill.Read(request.ReferenceFiles[0]) : null;
        var answer = await http.SendAsync(() => Request(request, reference, key), cancellationToken).ConfigureAwait(false);
        if (answer.IsSuccess)
        {
            return Outcome(answer);
        }
        var error = StabilityError.Parse(answer.Text);
        return answer.Status == 403 && error.IsModeration
            ? new ImageOutcome.Filtered(error.Describe(key))
            : throw Failure(answer.Status, error.Describe(key), request);
    }

    private HttpRequestMessage Request(ImageRequest request, ReferenceStill? reference, string key)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(request.Prompt), "prompt" },
            { new StringContent(SeedFor(request.Seed).ToString(CultureInfo.InvariantCulture)), "seed" },
            { new StringContent("png"), "output_format" },
        };
        if (model.TakesNegativePrompt && !string.IsNullOrWhiteSpace(request.NegativePrompt))
        {
            form.Add(new StringContent(request.NegativePrompt), "negative_prompt");
        }
        if (model.ModelField is { } sd3Model)
        {
            form.Add(new StringContent(sd3Model), "model");
        }
        if (reference is null || model.Endpoint != "sd3")
        {
            // SD3's image-to-image takes its shape from the reference and refuses an aspect ratio.
            form.Add(new StringContent(StabilityAspectRatio.Nearest(request.WidthPixels, request.HeightPixels)), "aspect_ratio");
        }
        if (reference is not null)
        {
            var image = new ByteArrayContent(reference.Bytes);
            image.Headers.ContentType = new MediaTypeHeaderValue(reference.MediaType);
            form.Add(image, "image", reference.FileName);
            form.Add(new StringContent(ReferenceStrength.ToString(CultureInfo.InvariantCulture)), "strength");
        }
        if (model.Endpoint == "sd3")
        {
            form.Add(new StringContent(reference is null ? "text-to-image" : "image-to-image"), "mode");
        }
        var message = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, model.Path)) { Content = form };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        message.Headers.Accept.ParseAdd("image/*");
        return message;
    }

    /// <summary>A picture, or a refusal when the filter blurred it (said in the header, or in the JSON form of the answer).</summary>
    private static ImageOutcome Outcome(ServiceAnswer answer)
    {
        if (answer.MediaType == "application/json")
        {
            var json = Json(answer);
            if ((string?)json["finish_reason"] == ContentFiltered)
            {
                return Filtered();
            }
            var base64 = (string?)json["image"] ?? throw new GenerationException("Stability's answer has no image");
            return PictureFormat.Picture(Convert.FromBase64String(base64), Service);
        }
        return string.Equals(answer.Header("finish-reason"), ContentFiltered, StringComparison.OrdinalIgnoreCase)
            ? Filtered()
            : PictureFormat.Picture(answer.Body, Service);
    }

    private static ImageOutcome.Filtered Filtered() => new("Stability's content filter blurred the picture (finish-reason CONTENT_FILTERED)");

    private GenerationException Failure(int status, string said, ImageRequest request) =>
        status switch
        {
            401 => new GenerationException($"Stability rejected the API key (401); check {ApiKeyVariable} (Stability said: {said})"),
            402 => new GenerationException($"Stability says the account behind {ApiKeyVariable} is out of credits (402): {said}"),
            403 => new GenerationException($"Stability refused the request (403); check {ApiKeyVariable} and its permissions (Stability said: {said})"),
            404 => new GenerationException($"Stability has no endpoint {model.Path} (404): {said}"),
            _ => new GenerationException($"Stability rejected the request for shot '{request.ShotId}' ({status}): {said}"),
        };

    private static JsonObject Json(ServiceAnswer answer)
    {
        try
        {
            return JsonNode.Parse(answer.Text) as JsonObject ?? throw new GenerationException("Stability's answer is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new GenerationException($"Stability's answer is not JSON: {e.Message}", e);
        }
    }
}
