using System.Net;
using System.Net.Http.Headers;
using LegacyPress.Publish.Auth;
using Polly;

namespace LegacyPress.Publish.Http;

/// <summary>
/// Sends YouTube requests with a bearer token: a 401 gets one token refresh and a second try, transient failures go
/// through the retry pipeline, and every final error becomes a <see cref="PublishException"/> that explains itself.
/// </summary>
internal sealed class YouTubeHttp(HttpClient http, IAccessTokenSource tokens, ResiliencePipeline retry, TransportOptions options)
{
    /// <summary>
    /// Runs <paramref name="attempt"/> under the retry rule. When the retries run out, the last transient failure becomes
    /// a "try later" <see cref="PublishException"/>: the ledger holds everything confirmed, so nothing was lost.
    /// </summary>
    public async Task<T> RunAsync<T>(string action, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellation)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            return await retry.ExecuteAsync(async token => await attempt(token), cancellation);
        }
        catch (Exception e) when (!cancellation.IsCancellationRequested && RetryPipeline.Handles(e))
        {
            var tries = $"{options.MaxRetryAttempts + 1} attempts over {clock.Elapsed.TotalSeconds:0} s";
            var message = e is TransientFailure { SignIn: true }
                ? $"Google's sign-in service is busy ({e.Message}; {tries}); nothing was lost and you are still signed in — run publish again later, it continues where it stopped."
                : $"{action} kept failing ({e.Message}; {tries}); nothing was lost: {Ledger.PublishLedger.FileName} keeps what YouTube confirmed — run publish again later, it continues where it stopped.";
            throw new PublishException(message, e, PublishFailureKind.TryLater);
        }
    }

    /// <summary>One authorized attempt; the caller reads the status (the upload needs 308s and its own recovery).</summary>
    public async Task<HttpResponseMessage> SendOnceAsync(Func<HttpRequestMessage> build, CancellationToken cancellation)
    {
        var response = await SendWithTokenAsync(build, await tokens.GetAsync(cancellation), cancellation);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }
        // The access token expired or was revoked early: refresh once; a second 401 is final.
        response.Dispose();
        return await SendWithTokenAsync(build, await tokens.RefreshAsync(cancellation), cancellation);
    }

    /// <summary>A whole API call with retries; returns the successful response body.</summary>
    public Task<string> SendAsync(string action, Func<HttpRequestMessage> build, CancellationToken cancellation, string? refusalHint = null) =>
        RunAsync(action, token => AttemptAsync(action, build, token, refusalHint), cancellation);

    /// <summary>
    /// A create that must take effect at most once. YouTube has no idempotency keys, so before any resend — a retry after a
    /// lost answer or a 5xx, or the first attempt of a run that found the create pending in the ledger — it asks with
    /// <paramref name="find"/> whether the earlier request took effect and adopts what it finds.
    /// </summary>
    /// <param name="adoptedFromEarlierRun">Told when the first ask (the earlier run's request) found it: what it sent then is not known.</param>
    public Task<string> CreateOnceAsync(
        string action, bool askFirst, Func<CancellationToken, Task<string?>> find, Func<CancellationToken, Task<string>> create, CancellationToken cancellation,
        Action? adoptedFromEarlierRun = null)
    {
        var mustAsk = askFirst;
        var sent = false;
        return RunAsync(action, async token =>
        {
            if (mustAsk && await find(token) is { } existing)
            {
                if (!sent)
                {
                    adoptedFromEarlierRun?.Invoke();
                }
                return existing;
            }
            mustAsk = true;
            sent = true;
            return await create(token);
        }, cancellation);
    }

    /// <summary>One attempt of an API call (no retry): the body, or the failure it stands for.</summary>
    public async Task<string> AttemptAsync(string action, Func<HttpRequestMessage> build, CancellationToken cancellation, string? refusalHint = null)
    {
        using var response = await SendOnceAsync(build, cancellation);
        var body = await response.Content.ReadAsStringAsync(cancellation);
        if (response.IsSuccessStatusCode)
        {
            return body;
        }
        throw Failure(action, response.StatusCode, body, refusalHint);
    }

    /// <summary>Transient (retry) or final (explained) for an unsuccessful response.</summary>
    public static Exception Failure(string action, HttpStatusCode status, string body, string? refusalHint = null)
    {
        var error = ApiError.Parse(status, body);
        return ApiErrorExplanations.IsRetryable(error)
            ? new TransientFailure($"HTTP {(int)status}{(error.Reason is null ? "" : " " + error.Reason)}")
            : new PublishException(ApiErrorExplanations.Explain(action, error, refusalHint), ApiErrorExplanations.KindOf(error));
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(Func<HttpRequestMessage> build, string accessToken, CancellationToken cancellation)
    {
        var request = build();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellation);
        }
        catch (HttpRequestException e)
        {
            // The message may carry the URL (an upload session id); keep it out of the logs.
            throw new TransientFailure($"network error: {e.HttpRequestError}", e);
        }
        catch (OperationCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            throw new TransientFailure("the request timed out", e);
        }
        finally
        {
            request.Dispose();
        }
    }
}
