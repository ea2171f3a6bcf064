namespace LegacyPress.Publish.Http;

/// <summary>
/// A byte-rate limiter: tokens (bytes) refill at a steady rate up to a small burst, and a sender takes tokens for
/// each slice before writing it, so bytes leave at the limit rather than in bursts followed by pauses.
/// </summary>
/// <remarks>
/// A take larger than what is in the bucket goes into debt and is told how long to wait, so any slice size works and
/// the long-run rate is exact. Time comes from <see cref="TimeProvider"/> so the arithmetic is tested without sleeping.
/// </remarks>
public sealed class TokenBucket
{
    private readonly object gate = new();
    private readonly TimeProvider time;
    private long lastTimestamp;
    private double tokens;

    public TokenBucket(double bytesPerSecond, double burstBytes, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytesPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(burstBytes);
        BytesPerSecond = bytesPerSecond;
        BurstBytes = burstBytes;
        this.time = time;
        lastTimestamp = time.GetTimestamp();
        tokens = burstBytes;
    }

    /// <summary>A bucket whose burst is a tenth of a second of sending (at least one slice), so no slice waits twice.</summary>
    public static TokenBucket ForRate(double bytesPerSecond, int sliceBytes, TimeProvider time) =>
        new(bytesPerSecond, Math.Max(sliceBytes, bytesPerSecond / 10), time);

    public double BytesPerSecond { get; }

    /// <summary>The most that can leave at once after an idle spell: an idle connection does not bank more than this.</summary>
    public double BurstBytes { get; }

    /// <summary>Takes <paramref name="bytes"/> tokens now and returns how long to wait before sending them (zero when they were there).</summary>
    public TimeSpan Take(int bytes)
    {
        lock (gate)
        {
            var now = time.GetTimestamp();
            tokens = Math.Min(BurstBytes, tokens + time.GetElapsedTime(lastTimestamp, now).TotalSeconds * BytesPerSecond);
            lastTimestamp = now;
            tokens -= bytes;
            return tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-tokens / BytesPerSecond);
        }
    }

    /// <summary>Waits until <paramref name="bytes"/> may be sent.</summary>
    public async Task WaitAsync(int bytes, CancellationToken cancellation)
    {
        var wait = Take(bytes);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellation).ConfigureAwait(false);
        }
    }
}
