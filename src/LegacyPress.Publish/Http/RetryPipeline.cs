using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace LegacyPress.Publish.Http;

/// <summary>
/// The one retry rule for every YouTube request: exponential backoff with jitter on transient failures (5xx, rate
/// limits, network drops, timeouts) and nothing else. Quota and permission errors are final and surface at once.
/// </summary>
internal static class RetryPipeline
{
    /// <summary>The failures the pipeline retries; what is left of them when it gives up is reported as "try later".</summary>
    public static bool Handles(Exception e) => e is TransientFailure or HttpRequestException or IOException or TimeoutRejectedException;

    public static ResiliencePipeline Create(TransportOptions options, Action<string>? onRetry = null) =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(Handles),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                MaxRetryAttempts = options.MaxRetryAttempts,
                OnRetry = args =>
                {
                    onRetry?.Invoke($"retry {args.AttemptNumber + 1} in {args.RetryDelay.TotalSeconds:0.0} s: {args.Outcome.Exception?.Message}");
                    return default;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
}
