namespace LegacyPress.Render.Services;

/// <summary>How hard a remote service is tried (see <see cref="ServiceRetry"/>).</summary>
/// <param name="MaxAttempts">Attempts in all, the first included; 1 means never retry.</param>
/// <param name="FirstDelay">The first backoff; each retry doubles it (with jitter) up to <paramref name="MaxDelay"/>.</param>
/// <param name="MaxRetryAfter">A server's Retry-After is obeyed up to this long; a longer one would stall a run, so it is cut short.</param>
/// <param name="AttemptTimeout">One attempt, its whole answer read, may take this long before it is abandoned and tried again.</param>
public sealed record RetryBackoff(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay, TimeSpan MaxRetryAfter, TimeSpan AttemptTimeout);
