namespace LegacyPress.Publish.Tests;

/// <summary>A clock that moves only when a test says so, for rate and schedule arithmetic without sleeping.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    /// <summary>A fixed "now" for tests that judge times against the clock.</summary>
    public static DateTimeOffset Start { get; } = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private DateTimeOffset now = start;

    public ManualClock() : this(Start)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => now.UtcTicks;

    public void Advance(TimeSpan by) => now += by;
}
