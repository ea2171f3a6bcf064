using LegacyPress.Generation.Images;
using LegacyPress.Render.Services;

namespace LegacyPress.Generation;

/// <summary>
/// <see cref="ServiceRetry"/> for one generation service: when the tries run out, the last failure becomes a
/// <see cref="GenerationException"/> that names the service, the number of attempts and what it last said.
/// </summary>
internal sealed class GenerationRetry
{
    private readonly string service;
    private readonly Uri endpoint;
    private readonly ServiceRetry retry;

    /// <param name="service">The service as the user knows it ("OpenAI"), for messages.</param>
    /// <param name="endpoint">Where it is reached, for "could not reach" messages (any user info is left out).</param>
    /// <param name="notices">Told of each retry ("OpenAI: 503 …; retrying in 2.0 s (attempt 2 of 4)"), for a progress display.</param>
    public GenerationRetry(string service, Uri endpoint, TimeSpan attemptTimeout, GenerationRetryOptions options, IProgress<string>? notices = null)
    {
        this.service = service;
        this.endpoint = endpoint;
        retry = new ServiceRetry(service, options.Backoff(attemptTimeout), notices);
    }

    /// <summary>Runs <paramref name="attempt"/> until it succeeds, fails for good, or the tries run out.</summary>
    /// <exception cref="GenerationException">The tries ran out; the message says what the service last said.</exception>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        try
        {
            return await retry.ExecuteAsync(attempt, cancellationToken).ConfigureAwait(false);
        }
        catch (RetriesExhaustedException e)
        {
            throw e.ServiceAnswered
                ? new GenerationException($"{service} still failed after {e.Tries}: {e.Message}", e.InnerException)
                : new GenerationException($"could not reach {service} at {Where(endpoint)} after {e.Tries}: {e.Message}", e.InnerException);
        }
    }

    private static string Where(Uri uri) => uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
}
