using LegacyPress.Publish;
using LegacyPress.Publish.Auth;
using LegacyPress.Publish.Http;
using LegacyPress.Publish.Ledger;
using LegacyPress.Publish.Planning;
using LegacyPress.Core.Platforms;
using LegacyPress.Publish.YouTube;
using LegacyPress.Core.Release;
using LegacyPress.Release.Running;

namespace LegacyPress.Release.Steps;

/// <summary>
/// Publishes the film to YouTube with its details, thumbnail, captions and playlist: resumable and idempotent through
/// the project's publish ledger, which is why the step cache does not decide whether it runs. Runs only when asked
/// (<c>release --publish</c>, <c>publish</c>); a dry run plans and sends nothing.
/// </summary>
public sealed class PublishingStep : IReleaseStep
{
    public const string StepName = "publish";

    public string Name => StepName;

    public bool AppliesTo(ReleaseContext context) => context.Settings.Publish;

    public bool Cached => false;

    public Task<IReadOnlyList<FingerprintInput>> InputsAsync(ReleaseContext context, CancellationToken cancellation) =>
        Task.FromResult<IReadOnlyList<FingerprintInput>>([]);

    public Task<IReadOnlyList<string>> OutputsAsync(ReleaseContext context, CancellationToken cancellation) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    public async Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellation)
    {
        var options = context.Settings.Publishing;
        var request = new PublishRequest(Path.GetFullPath(options.FilmPath ?? context.Output("film.mp4")), context.OutputFolder)
        {
            Replace = options.Replace,
            Privacy = options.Privacy,
            Display = context.Environment.Display,
        };
        // The ledger has one writer: the lock is taken before the ledger is read for planning and held to the end.
        using var ledgerLock = options.DryRun ? null : Explained(() => PublishLedgerLock.Acquire(context.Prepared.Film.Project.Directory));
        var prepared = PublishPreparation.Prepare(context.Prepared.Film, request);
        if (!prepared.Ok)
        {
            throw new ReleaseStepException(prepared.Problems.Count > 0 ? string.Join("; ", prepared.Problems) : "the publish settings have problems", prepared.Diagnostics);
        }
        var plan = prepared.Plan!;
        if (options.DryRun)
        {
            return new StepResult("dry run: nothing was sent", new PublishOutcome(prepared, request.Limits, null));
        }

        var transport = TransportOptions.Default with
        {
            RateLimitBytesPerSecond = options.RateLimitBytesPerSecond,
            ChunkBytes = options.ChunkBytes ?? TransportOptions.Default.ChunkBytes,
        };
        try
        {
            var endpoints = YouTubeEndpoints.FromEnvironment();
            var tokens = await new YouTubeAuthorization(endpoints, ConfigFolder.Resolve()).LoadAsync(cancellation).ConfigureAwait(false);
            var publisher = new YouTubePublisher(endpoints, tokens, transport);
            var result = plan.Video == VideoAction.Keep
                ? await publisher.RunAsync(plan, prepared.Ledger, new PublishObserver(context.Observer.Log, null), cancellation).ConfigureAwait(false)
                : await context.Observer.UploadAsync(Path.GetFileName(plan.Inputs.Film.Path), plan.Inputs.Film.Fingerprint.Bytes,
                    progress => publisher.RunAsync(plan, prepared.Ledger, new PublishObserver(context.Observer.Log, progress), cancellation)).ConfigureAwait(false);
            return new StepResult($"{result.VideoUrl.AbsoluteUri} ({result.UploadedBytes:N0} bytes sent)", new PublishOutcome(prepared, request.Limits, result));
        }
        catch (PublishException e)
        {
            throw AsStepFailure(e);
        }
    }

    private static T Explained<T>(Func<T> run)
    {
        try
        {
            return run();
        }
        catch (PublishException e)
        {
            throw AsStepFailure(e);
        }
    }

    /// <summary>A publish failure as the release reports it: its message, and "try later" kept for the exit code.</summary>
    private static ReleaseStepException AsStepFailure(PublishException e) =>
        new(e.Message) { TryLater = e.Kind == PublishFailureKind.TryLater };
}

/// <summary>What the publish step planned (and, unless a dry run, what it did), for the command to print.</summary>
public sealed record PublishOutcome(PreparedPublish Prepared, YouTubeLimits Limits, PublishResult? Result);
