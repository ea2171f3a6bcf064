using LegacyPress.Render.Services;

namespace LegacyPress.Generation;

/// <summary>
/// HTTP calls to one generation service through its <see cref="GenerationRetry"/>: the request is made afresh for each
/// attempt (a request message cannot be sent twice), the whole answer is read inside the attempt (so a connection
/// dropped mid-body is retried too), and a transient status (429, 5xx) is retried with what the service said, in its
/// own words as <c>describe</c> reads its error body. Any other answer is the caller's to judge.
/// </summary>
internal sealed class ServiceHttp(HttpClient http, GenerationRetry retry, Func<ServiceAnswer, string> describe)
{
    public Task<ServiceAnswer> SendAsync(Func<HttpRequestMessage> request, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(token => AttemptAsync(request, token), cancellationToken);

    private async Task<ServiceAnswer> AttemptAsync(Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        using var message = request();
        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var headers = response.Headers.Concat(response.Content.Headers)
            .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(h => h.Value)), StringComparer.OrdinalIgnoreCase);
        var answer = new ServiceAnswer((int)response.StatusCode, headers, body);
        if (TransientServiceFailure.IsTransient(answer.Status))
        {
            throw new TransientServiceFailure($"{answer.Status} {describe(answer)}", TransientServiceFailure.ParseRetryAfter(answer.Header("Retry-After"), DateTimeOffset.UtcNow));
        }
        return answer;
    }
}
