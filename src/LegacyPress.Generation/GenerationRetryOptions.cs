using LegacyPress.Render.Services;

namespace LegacyPress.Generation;

/// <summary>How hard a generation service is tried: production defaults; tests shrink the delays.</summary>
public sealed record GenerationRetryOptions
{
    /// <summary>Attempts in all, the first included; 1 means never retry.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>The first backoff; each retry doubles it (with jitter) up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A server's Retry-After is obeyed up to this long; a longer one would stall a run, so it is cut short.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>These tries, each attempt allowed <paramref name="attemptTimeout"/> (a backend's own setting).</summary>
    public RetryBackoff Backoff(TimeSpan attemptTimeout) => new(MaxAttempts, BaseDelay, MaxDelay, MaxRetryAfter, attemptTimeout);
}
