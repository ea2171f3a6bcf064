namespace LegacyPress.Farm;

/// <summary>How quickly the farm notices things: new pieces, a dead worker, a retry; and where its tables are.</summary>
public sealed record FarmTimings
{
    /// <summary>The PostgreSQL schema Hangfire's tables live in.</summary>
    public const string Schema = "legacypress_farm";

    /// <summary>The Hangfire queue pieces are sent to.</summary>
    public const string Queue = "pieces";

    /// <summary>How often an idle worker asks for a piece: a piece is short, so waiting long would show as farm overhead.</summary>
    public TimeSpan QueuePollInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How long a piece claimed by a worker that stopped refreshing its claim (killed, its machine gone) waits before
    /// another worker takes it. Live workers refresh it (a sliding timeout), so it need not fit the longest piece.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a worker moves retries that are due back into the queue (Hangfire's default is 15 s).</summary>
    public TimeSpan SchedulePollingInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the coordinator looks at its pieces' states: one query for all (<see cref="JobStates"/>), so often is cheap.</summary>
    public TimeSpan StatusPollInterval { get; init; } = TimeSpan.FromMilliseconds(100);
}
