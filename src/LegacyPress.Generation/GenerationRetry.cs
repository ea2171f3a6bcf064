using System.Globalization;
using LegacyPress.Generation.Images;
using Polly;
using Polly.Retry;

namespace LegacyPress.Generation;

/// <summary>
/// The one retry rule for every generation service: a rate limit (429, after its Retry-After), a server error (5xx),
/// a dropped or refused connection and an attempt that outlived its timeout are tried again with exponential backoff
/// and jitter; anything else (a rejected key, a bad request, a refusal) is final at once. Each attempt has its own
/// timeout. When the tries run out, the last failure becomes a <see cref="GenerationException"/> that names the
/// service, the number of attempts and what it last said. The same shape as Publish's RetryPipeline and the ElevenLabs
/// engine's, for the services of this project.
/// </summary>
internal sealed class GenerationRetry
{
    private readonly string service;
    private readonly Uri endpoint;
    private readonly TimeSpan attemptTimeout;
    private readonly ResiliencePipeline pipeline;

    /// <param name="service">The service as the user knows it ("OpenAI"), for messages.</param>
    /// <param name="endpoint">Where it is reached, for "could not reach" messages (any user info is left out).</param>
    /// <param name="notices">Told of each retry ("OpenAI: 503 …; retrying in 2.0 s (attempt 2 of 4)"), for a progress display.</param>
    public GenerationRetry(string service, Uri endpoint, TimeSpan attemptTimeout, GenerationRetryOptions options, IProgress<string>? notices = null)
    {
        this.service = service;
        this.endpoint = endpoint;
        this.attemptTimeout = attemptTimeout;
        pipeline = Build(service, options, notices);
    }

    /// <summary>The failures worth another try.</summary>
    public static bool Handles(Exception e) =>
        e is TransientServiceFailure or HttpRequestException || (e is IOException && e is not FileNotFoundException and not DirectoryNotFoundException);

    /// <summary>Runs <paramref name="attempt"/> until it succeeds, fails for good, or the tries run out.</summary>
    /// <exception cref="GenerationException">The tries ran out; the message says what the service last said.</exception>
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
                    timeout.CancelAfter(attemptTimeout);
                    try
                    {
                        return await attempt(timeout.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!token.IsCancellationRequested)
                    {
                        throw new TransientServiceFailure($"no answer within {attemptTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Handles(e))
        {
            var tries = $"{attempts} attempt{(attempts == 1 ? "" : "s")}";
            throw e is TransientServiceFailure
                ? new GenerationException($"{service} still failed after {tries}: {e.Message}", e)
                : new GenerationException($"could not reach {service} at {Where(endpoint)} after {tries}: {e.Message}", e);
        }
    }

    private static string Where(Uri uri) => uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

    private static ResiliencePipeline Build(string service, GenerationRetryOptions options, IProgress<string>? notices)
    {
        if (options.MaxAttempts <= 1)
        {
            return ResiliencePipeline.Empty;
        }
        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(Handles),
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                // The server knows best how long it will be busy; its Retry-After replaces the backoff, within reason.
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is TransientServiceFailure { RetryAfter: { } after }
                        ? (TimeSpan?)(after < options.MaxRetryAfter ? after : options.MaxRetryAfter)
                        : null),
                OnRetry = args =>
                {
                    notices?.Report($"{service}: {args.Outcome.Exception?.Message}; retrying in {args.RetryDelay.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s (attempt {args.AttemptNumber + 2} of {options.MaxAttempts})");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }
}
