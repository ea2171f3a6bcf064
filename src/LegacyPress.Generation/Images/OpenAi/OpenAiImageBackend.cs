using System.ClientModel;
using System.ClientModel.Primitives;
using System.Runtime.ExceptionServices;
using LegacyPress.Render.Services;
using OpenAI;
using OpenAI.Images;

namespace LegacyPress.Generation.Images.OpenAi;

/// <summary>
/// Pictures from OpenAI's Images API through the official SDK: a generation when the shot has no reference stills, an
/// edit from them when it has (all of them for the GPT image models, the first for DALL·E 2). The size asked for is the
/// model's supported size nearest the shot's shape (<see cref="OpenAiImageModel.NearestSize"/>). OpenAI takes no seed,
/// so the same request may come out differently; the seed still names the candidate in the cache and in provenance.
/// It takes no negative prompt either: the negative is said in words at the end of the prompt ("Avoid: …"), which the
/// GPT image models heed. A refusal by OpenAI's safety system is <see cref="ImageOutcome.Filtered"/>.
/// </summary>
public sealed class OpenAiImageBackend : IImageBackend
{
    public const string BackendName = "openai";
    public const string ApiKeyVariable = "OPENAI_API_KEY";
    public const string DefaultModel = "gpt-image-1";

    private const string Service = "OpenAI";

    private readonly OpenAiImageModel model;
    private readonly string? apiKey;
    private readonly ImageClient? client;
    private readonly GenerationRetry retry;

    public OpenAiImageBackend(ImageBackendOptions options, HttpClient http, IProgress<string>? retryNotices = null)
    {
        model = new OpenAiImageModel(options.Model ?? DefaultModel);
        apiKey = string.IsNullOrWhiteSpace(options.ApiKey) ? null : options.ApiKey;
        var endpoint = options.Endpoint ?? DefaultEndpoint;
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            Transport = new HttpClientPipelineTransport(http),
            // Retries are GenerationRetry's, the same for every backend; the SDK's own would multiply them.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            // The SDK's default is 100 s, less than a high-quality GPT image can take; the attempt timeout governs instead.
            NetworkTimeout = options.RequestTimeout,
        };
        // Without a key there is no client; that is reported only when a picture is asked for, so a run the cache serves needs none.
        client = apiKey is null ? null : new ImageClient(model.Name, new ApiKeyCredential(apiKey), clientOptions);
        retry = new GenerationRetry(Service, endpoint, options.RequestTimeout, options.Retry, retryNotices);
    }

    public static Uri DefaultEndpoint { get; } = new("https://api.openai.com/v1");

    public string Name => BackendName;

    public string Model => model.Name;

    public async Task<ImageOutcome> GenerateAsync(ImageRequest request, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        if (client is not { } images || apiKey is not { } key)
        {
            throw new GenerationException($"the openai image backend needs an OpenAI API key, but {ApiKeyVariable} is not set; export your key in it");
        }
        if (request.ReferenceFiles.Count > 0 && !model.TakesReferences)
        {
            throw new GenerationException($"OpenAI's {model.Name} cannot start from reference stills, and shot '{request.ShotId}' has some; use gpt-image-1, or remove the shot's references");
        }
        var references = request.ReferenceFiles.Select(ReferenceStill.Read).ToList();
        var prompt = PromptOf(request);
        var size = model.NearestSize(request.WidthPixels, request.HeightPixels);
        return await retry.ExecuteAsync(
            async token =>
            {
                try
                {
                    var bytes = references.Count == 0
                        ? (await images.GenerateImageAsync(prompt, GenerationOptions(size), token).ConfigureAwait(false)).Value.ImageBytes.ToArray()
                        : await EditAsync(images, model, references, prompt, size, token).ConfigureAwait(false);
                    return PictureFormat.Picture(bytes, Service);
                }
                catch (ClientResultException e)
                {
                    return Outcome(e, request, key);
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static string PromptOf(ImageRequest request) =>
        string.IsNullOrWhiteSpace(request.NegativePrompt) ? request.Prompt : $"{request.Prompt}\n\nAvoid: {request.NegativePrompt}";

    // The GPT image models answer in base64 PNG unasked (and refuse response_format); DALL·E must be asked for base64.
    private ImageGenerationOptions GenerationOptions((int Width, int Height) size) =>
        new() { Size = new GeneratedImageSize(size.Width, size.Height), ResponseFormat = model.IsDallE ? GeneratedImageFormat.Bytes : (GeneratedImageFormat?)null };

    private static async Task<byte[]> EditAsync(ImageClient client, OpenAiImageModel model, IReadOnlyList<ReferenceStill> references, string prompt, (int Width, int Height) size, CancellationToken cancellationToken)
    {
        // Built afresh each attempt: a sent body is spent.
        var (body, contentType) = await OpenAiEditForm.BuildAsync(model, references, prompt, size, cancellationToken).ConfigureAwait(false);
        using (body)
        {
            var result = await client.GenerateImageEditsAsync(body, contentType, new RequestOptions { CancellationToken = cancellationToken }).ConfigureAwait(false);
            return OpenAiEditForm.PictureOf(result.GetRawResponse().Content);
        }
    }

    /// <summary>
    /// What an error answer means: a refusal is an outcome; a rate limit, a server error or no answer at all is worth
    /// another try; anything else (a bad key, no quota, a bad request) is the user's to fix.
    /// </summary>
    private ImageOutcome Outcome(ClientResultException e, ImageRequest request, string key)
    {
        var response = e.GetRawResponse();
        var error = OpenAiError.Parse(response?.Content?.ToString());
        var said = ServiceText.Clean(error.Message ?? e.Message, key);
        if (error.IsRefusal)
        {
            return new ImageOutcome.Filtered(said);
        }
        if (e.Status == 0)
        {
            // The SDK wraps a connection that failed or broke as a result with no status; what failed is the connection.
            if (e.InnerException is HttpRequestException or IOException)
            {
                ExceptionDispatchInfo.Throw(e.InnerException);
            }
            throw new TransientServiceFailure($"no answer: {said}");
        }
        if (e.Status == 429 && error.IsOutOfQuota)
        {
            throw new GenerationException($"OpenAI says the account behind {ApiKeyVariable} has no quota left (429): {said}");
        }
        if (TransientServiceFailure.IsTransient(e.Status))
        {
            var retryAfter = response is not null && response.Headers.TryGetValue("Retry-After", out var header) ? header : null;
            throw new TransientServiceFailure($"{e.Status} {said}", TransientServiceFailure.ParseRetryAfter(retryAfter, DateTimeOffset.UtcNow));
        }
        throw e.Status switch
        {
            401 => new GenerationException($"OpenAI rejected the API key (401); check {ApiKeyVariable} (OpenAI said: {said})"),
            403 => new GenerationException($"OpenAI refused {model.Name} to this key (403); the organisation may need verifying for it (OpenAI said: {said})"),
            404 => new GenerationException($"OpenAI has no image model '{model.Name}' for this key (404): {said}"),
            _ => new GenerationException($"OpenAI rejected the request for shot '{request.ShotId}' ({e.Status}): {said}"),
        };
    }
}
