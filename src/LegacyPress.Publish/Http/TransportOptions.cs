namespace LegacyPress.Publish.Http;

/// <summary>How hard to try and how fast to go; production defaults, tests shrink the delays and chunks.</summary>
public sealed record TransportOptions
{
    /// <summary>Bytes per upload request: a multiple of 256 KiB. Bigger is faster, smaller loses less per drop.</summary>
    public int ChunkBytes { get; init; } = 8 * 1024 * 1024;

    public int MaxRetryAttempts { get; init; } = 8;

    /// <summary>First backoff delay; doubled each attempt with jitter, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(64);

    /// <summary>One request's limit, so a stalled connection is noticed and the chunk resent.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Optional upload ceiling in bytes per second, for shared connections; held within each chunk by a <see cref="TokenBucket"/>.</summary>
    public long? RateLimitBytesPerSecond { get; init; }

    public static TransportOptions Default { get; } = new();
}
