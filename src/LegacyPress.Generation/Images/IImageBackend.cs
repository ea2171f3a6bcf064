namespace LegacyPress.Generation.Images;

/// <summary>
/// One image service (ComfyUI, OpenAI Images, Stability): turns one composed request into one picture. Each backend
/// is one class registered in <see cref="ImageBackends"/>; retries of a rate limit (429), a server error (5xx) and a
/// timeout happen inside it (<see cref="GenerationRetry"/>), so a caller sees a picture, a refusal by the service's
/// content filter, or a <see cref="GenerationException"/> whose message is for the user. Keys are never in messages.
/// </summary>
public interface IImageBackend
{
    /// <summary>The name film.yaml uses (<c>generate: { backend: comfyui }</c>).</summary>
    string Name { get; }

    /// <summary>The model (or workflow) that makes the pictures: part of every cache key and of provenance.</summary>
    string Model { get; }

    /// <summary>
    /// Everything besides the request that decides the picture, for the cache key: the model, and for a backend driven
    /// by a workflow its contents too (a changed sampler or step count must make new pictures).
    /// </summary>
    string Recipe => Model;

    Task<ImageOutcome> GenerateAsync(ImageRequest request, IProgress<double>? progress, CancellationToken cancellationToken);
}

/// <summary>
/// One picture to make. <see cref="Prompt"/> and <see cref="NegativePrompt"/> are already composed from the prompt
/// bible; <see cref="ReferenceFiles"/> are absolute paths of reference stills (characters', places'), in order.
/// </summary>
public sealed record ImageRequest(
    string ShotId,
    string Prompt,
    string NegativePrompt,
    long Seed,
    int WidthPixels,
    int HeightPixels,
    IReadOnlyList<string> ReferenceFiles);

/// <summary>What a backend answered for one request.</summary>
public abstract record ImageOutcome
{
    /// <summary>A picture: its encoded bytes (PNG, JPEG or WebP as the service sent it) and the extension that names it.</summary>
    public sealed record Picture(byte[] Bytes, string Extension) : ImageOutcome;

    /// <summary>The service's content filter refused it; <see cref="Reason"/> is the service's own words.</summary>
    public sealed record Filtered(string Reason) : ImageOutcome;
}

/// <summary>A generation failed for a reason the user can act on (no key, a rejected key, a bad workflow, the service down after retries).</summary>
public sealed class GenerationException(string message, Exception? inner = null) : Exception(message, inner);
