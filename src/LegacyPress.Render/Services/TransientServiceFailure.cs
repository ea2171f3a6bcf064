using System.Globalization;

namespace LegacyPress.Render.Services;

/// <summary>
/// A failure worth another try: the service is busy (429), broken for now (5xx), or did not answer in time. Carries
/// the server's Retry-After when it gave one. <see cref="ServiceRetry"/> tries again on it. Its message is already fit for the user (the key scrubbed out).
/// </summary>
public sealed class TransientServiceFailure(string message, TimeSpan? retryAfter = null) : Exception(message)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Whether an HTTP status is worth another try: a rate limit, a server that gave up waiting (408), any 5xx.</summary>
    public static bool IsTransient(int status) => status is 408 or 429 or >= 500;

    /// <summary>The wait a Retry-After header asks for (delta-seconds or an HTTP date); null when absent or unreadable.</summary>
    public static TimeSpan? ParseRetryAfter(string? header, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }
        if (double.TryParse(header.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }
        if (DateTimeOffset.TryParse(header.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }
}
