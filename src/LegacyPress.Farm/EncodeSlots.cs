namespace LegacyPress.Farm;

/// <summary>
/// How many pieces a worker process encodes at once (<c>--workers</c>). The process runs twice as many Hangfire
/// workers as slots, so while one piece encodes the next is already fetched and waiting for its slot: the encoder
/// goes from one piece straight to the next, and Hangfire's bookkeeping of each job (its states, the queue; a few
/// PostgreSQL transactions, about 25 ms a piece) happens while the next one encodes instead of between them.
/// </summary>
public sealed class EncodeSlots(int slots) : IDisposable
{
    /// <summary>Hangfire workers per slot: the one encoding, and the next piece waiting fetched.</summary>
    public const int HangfireWorkersPerSlot = 2;

    private readonly SemaphoreSlim free = new(slots, slots);

    public int Count { get; } = slots;

    /// <summary>Hangfire workers for <see cref="Count"/> slots.</summary>
    public int HangfireWorkers => Count * HangfireWorkersPerSlot;

    /// <summary>Waits for a slot; disposing the result frees it.</summary>
    public async Task<IDisposable> TakeAsync(CancellationToken cancellation)
    {
        await free.WaitAsync(cancellation).ConfigureAwait(false);
        return new Slot(free);
    }

    public void Dispose() => free.Dispose();

    private sealed class Slot(SemaphoreSlim free) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                free.Release();
            }
        }
    }
}
