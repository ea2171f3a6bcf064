namespace LegacyPress.TestSupport.Fakes.Images;

/// <summary>What a test sees of every fake service: where it is, what it was asked, and the faults to play next.</summary>
public abstract class FakeService : IAsyncDisposable
{
    /// <summary>The running server; set by the fake's StartAsync.</summary>
    protected FakeServiceHost Host { get; set; } = null!;

    /// <summary>The server's address, ending in '/'.</summary>
    public Uri BaseUrl => Host.BaseUrl;

    /// <summary>Every request seen so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => Host.Requests;

    /// <summary>Queues scripted answers, each for the next request in turn.</summary>
    public void Enqueue(params FakeFault[] faults) => Host.Enqueue(faults);

    public virtual async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
