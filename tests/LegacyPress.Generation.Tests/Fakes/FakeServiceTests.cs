using LegacyPress.TestSupport;

using LegacyPress.TestSupport.Fakes.Images;

namespace LegacyPress.Generation.Tests.Fakes;

/// <summary>A test class against one fake service: the fake, an HTTP client and a scratch folder, fresh for each test.</summary>
public abstract class FakeServiceTests<TService>(Func<Task<TService>> start) : IAsyncLifetime
    where TService : FakeService
{
    protected TempFolder Folder { get; } = new();

    protected HttpClient Http { get; } = new();

    protected TService Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await start();

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Http.Dispose();
        Folder.Dispose();
    }
}
