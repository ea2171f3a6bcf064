using LegacyPress.Publish.Auth;
using LegacyPress.Publish.Http;
using LegacyPress.Publish.Planning;
using LegacyPress.Publish.Tests.Fakes;
using LegacyPress.Publish.Upload;
using LegacyPress.Publish.YouTube;

namespace LegacyPress.Publish.Tests;

/// <summary>Signs in against the fake platform and runs the real publish pipeline (prepare, plan, publish) with tiny chunks and no waiting.</summary>
public sealed class PublishHarness(FakeYouTubeServer server, TestProject project)
{
    public const int ChunkBytes = 256 * 1024;

    public List<string> Log { get; } = [];

    public List<UploadProgress> Progress { get; } = [];

    public YouTubeEndpoints Endpoints { get; } = new(server.BaseUrl, server.AuthEndpoint, server.TokenEndpoint, new Uri(server.BaseUrl, "revoke"));

    public TransportOptions Transport { get; set; } = new()
    {
        ChunkBytes = ChunkBytes,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryAttempts = 6,
        AttemptTimeout = TimeSpan.FromSeconds(20),
    };

    public YouTubeAuthorization Authorization => new(Endpoints, project.ConfigFolder);

    /// <summary>The real installed-app flow: the "browser" follows the consent URL, which redirects to the loopback receiver.</summary>
    public async Task SignInAsync()
    {
        var secrets = server.WriteClientSecrets(project.Root);
        using var browser = new HttpClient();
        Task? visit = null;
        await Authorization.SignInAsync(secrets, url => visit = Task.Run(() => browser.GetAsync(url)), CancellationToken.None);
        await visit!;
    }

    public PreparedPublish Prepare(PublishRequest? request = null) =>
        PublishPreparation.Prepare(project.Load(), request ?? new PublishRequest(project.FilmPath, project.Artifacts));

    public async Task<PublishResult> PublishAsync(PublishRequest? request = null, CancellationToken cancellation = default, Action<UploadProgress>? onProgress = null)
    {
        var prepared = Prepare(request);
        Assert.True(prepared.Ok, string.Join("\n", prepared.Diagnostics.Select(d => d.ToString()).Concat(prepared.Problems)));
        var tokens = await Authorization.LoadAsync(cancellation);
        var observer = new PublishObserver(Log.Add, new InlineProgress(p =>
        {
            Progress.Add(p);
            onProgress?.Invoke(p);
        }));
        return await new YouTubePublisher(Endpoints, tokens, Transport).RunAsync(prepared.Plan!, prepared.Ledger, observer, cancellation);
    }

    private sealed class InlineProgress(Action<UploadProgress> report) : IProgress<UploadProgress>
    {
        public void Report(UploadProgress value) => report(value);
    }
}
