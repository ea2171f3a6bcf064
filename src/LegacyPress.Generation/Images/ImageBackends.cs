using LegacyPress.Generation.Images.ComfyUi;
using LegacyPress.Generation.Images.OpenAi;
using LegacyPress.Generation.Images.Stability;

namespace LegacyPress.Generation.Images;

/// <summary>The image backends by the name film.yaml uses: the one place a backend is registered.</summary>
public static class ImageBackends
{
    private sealed record Registration(string Name, string? ApiKeyVariable, Func<ImageBackendOptions, HttpClient, IProgress<string>?, IImageBackend> Create);

    private static readonly Registration[] Table =
    [
        new(ComfyUiBackend.BackendName, null, (options, http, notices) => new ComfyUiBackend(options, http, notices)),
        new(OpenAiImageBackend.BackendName, OpenAiImageBackend.ApiKeyVariable, (options, http, notices) => new OpenAiImageBackend(options, http, notices)),
        new(StabilityBackend.BackendName, StabilityBackend.ApiKeyVariable, (options, http, notices) => new StabilityBackend(options, http, notices)),
    ];

    public static IReadOnlyList<string> Known { get; } = Table.Select(r => r.Name).ToArray();

    /// <summary>The environment variable the CLI reads the backend's API key from, or null when it needs none (ComfyUI).</summary>
    public static string? ApiKeyVariableOf(string backend) => Table.FirstOrDefault(r => r.Name == backend)?.ApiKeyVariable;

    /// <summary>The backend <paramref name="options"/> names, ready to make pictures.</summary>
    /// <param name="http">The client to send with; null makes one with no timeout of its own (each attempt has <see cref="ImageBackendOptions.RequestTimeout"/>).</param>
    /// <param name="retryNotices">Told of each retry, for a progress display.</param>
    /// <exception cref="GenerationException">The name is not a known backend, or its settings cannot work (an unusable workflow, an unknown model).</exception>
    public static IImageBackend Create(ImageBackendOptions options, HttpClient? http = null, IProgress<string>? retryNotices = null)
    {
        var registration = Table.FirstOrDefault(r => r.Name == options.Backend)
            ?? throw new GenerationException($"there is no image backend '{options.Backend}'; the backends are {string.Join(", ", Known)}");
        return registration.Create(options, http ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, retryNotices);
    }
}
