using System.Globalization;
using Polly;
using Polly.Retry;

namespace LegacyPress.Render.Services;

/// <summary>
/// The one retry rule for the remote services a film is made with (ElevenLabs, OpenAI, Stability, ComfyUI): a rate
/// limit (429, after its Retry-After), a server error (5xx), a dropped or refused connection and an attempt that
/// outlived its timeout are tried again with exponential backoff and jitter; anything else (a rejected key, a bad
/// request, a refusal) is final at once. When the tries run out, <see cref="RetriesExhaustedException"/> carries the
/// attempts made and the last failure, for the caller to word in its service's terms. (Publish has its own pipeline:
/// YouTube's rule has no Retry-After and that assembly does not see this one.)
/// </summary>
public sealed class ServiceRetry
{
    private readonly RetryBackoff backoff;
    private readonly ResiliencePipeline pipeline;

    /// <param name="service">The service as the user knows it ("OpenAI"), for the retry notices.</param>
    /// <param name="notices">Told of each retry ("OpenAI: 503 …; retrying in 2.0 s (attempt 2 of 4)"), for a progress display.</param>
    public ServiceRetry(string service, RetryBackoff backoff, IProgress<string>? notices = null)
    {
        this.backoff = backoff;
        pipeline = Build(service, backoff, notices);
    }

    /// <summary>The failures worth another try.</summary>
    public static bool Handles(Exception e) =>
        e is TransientServiceFailure or HttpRequestException || (e is IOException && e is not FileNotFoundException and not DirectoryNotFoundException);

    /// <summary>Runs <paramref name="attempt"/>, each time with its own timeout, until it succeeds, fails for good, or the tries run out.</summary>
    /// <exception cref="RetriesExhaustedException">The tries ran out on failures worth another try.</exception>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        var attempts = 0;
        try
        {
            return await pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
                    timeout.CancelAfter(backoff.AttemptTimeout);
                    try
                    {
                        return await attempt(timeout.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!token.IsCancellationRequested)
                    {
                        throw new TransientServiceFailure($"no complete answer within {backoff.AttemptTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Handles(e))
        {
            throw new RetriesExhaustedException(attempts, e);
        }
    }

    /// <inheritdoc cref="ExecuteAsync{T}"/>
    public Task ExecuteAsync(Func<CancellationToken, Task> attempt, CancellationToken cancellationToken) =>
        ExecuteAsync<bool>(async token => { await attempt(token).ConfigureAwait(false); return true; }, cancellationToken);

    private static ResiliencePipeline Build(string service, RetryBackoff backoff, IProgress<string>? notices)
    {
        if (backoff.MaxAttempts <= 1)
        {
            return ResiliencePipeline.Empty;
        }
        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(Handles),
                MaxRetryAttempts = backoff.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = backoff.FirstDelay,
                MaxDelay = backoff.MaxDelay,
                // The server knows best how long it will be busy; its Retry-After replaces the backoff, within reason.
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is TransientServiceFailure { RetryAfter: { } after }
                        ? (TimeSpan?)(after < backoff.MaxRetryAfter ? after : backoff.MaxRetryAfter)
                        : null),
                OnRetry = args =>
                {
                    notices?.Report($"{service}: {args.Outcome.Exception?.Message}; retrying in {args.RetryDelay.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s (attempt {args.AttemptNumber + 2} of {backoff.MaxAttempts})");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }
}
