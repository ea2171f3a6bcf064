using LegacyPress.Render.Services;

namespace LegacyPress.Render.Audio.Speech;

/// <summary>How to reach ElevenLabs: the API key, the server (a local fake in tests) and how hard to retry.</summary>
public sealed class ElevenLabsOptions
{
    public const string ApiKeyVariable = "ELEVENLABS_API_KEY";
    public const string BaseUrlVariable = "LEGACYPRESS_ELEVENLABS_BASE_URL";

    public static Uri DefaultBaseUrl { get; } = new("https://api.elevenlabs.io");

    /// <summary>The secret sent as <c>xi-api-key</c>; null means "not configured", reported only when a voice needs it.</summary>
    public string? ApiKey { get; init; }

    public Uri BaseUrl { get; init; } = DefaultBaseUrl;

    public ElevenLabsRetryOptions Retry { get; init; } = new();

    /// <summary>Options from the environment: <c>ELEVENLABS_API_KEY</c> and, optionally, <c>LEGACYPRESS_ELEVENLABS_BASE_URL</c>.</summary>
    public static ElevenLabsOptions FromEnvironment()
    {
        var key = Environment.GetEnvironmentVariable(ApiKeyVariable);
        var url = Environment.GetEnvironmentVariable(BaseUrlVariable);
        var baseUrl = DefaultBaseUrl;
        if (!string.IsNullOrWhiteSpace(url))
        {
            if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
            {
                throw new SpeechSynthesisException($"{BaseUrlVariable} is '{url}'; it must be an http(s) URL such as {DefaultBaseUrl}");
            }
            baseUrl = parsed;
        }
        return new ElevenLabsOptions { ApiKey = string.IsNullOrWhiteSpace(key) ? null : key.Trim(), BaseUrl = baseUrl };
    }

    // Never print the key, whoever logs these options.
    public override string ToString() => $"ElevenLabs at {BaseUrl} (API key {(ApiKey is null ? "not set" : "set")})";
}

/// <summary>Retry policy for busy or failing ElevenLabs calls (429, 5xx, dropped connections, timeouts).</summary>
public sealed class ElevenLabsRetryOptions
{
    /// <summary>Attempts in all, the first included.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The first backoff; each retry doubles it (with jitter) up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A server's Retry-After is obeyed up to this long.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// One attempt (request and whole response) may take this long before it is abandoned and retried.
    /// Kept under HttpClient's default 100 s timeout so this one, with its clearer message, fires first.
    /// </summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>These options as the shared retry rule takes them.</summary>
    public RetryBackoff Backoff => new(MaxAttempts, FirstDelay, MaxDelay, MaxRetryAfter, AttemptTimeout);
}
