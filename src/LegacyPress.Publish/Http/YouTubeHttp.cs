using System.Net;
using System.Net.Http.Headers;
using LegacyPress.Publish.Auth;
using Polly;

namespace LegacyPress.Publish.Http;

/// <summary>
/// Sends YouTube requests with a bearer token: a 401 gets one token refresh and a second try, transient failures go
/// through the retry pipeline, and every final error becomes a <see cref="PublishException"/> that explains itself.
/// </summary>
internal sealed class YouTubeHttp(HttpClient http, IAccessTokenSource tokens, ResiliencePipeline retry)
{
    public ResiliencePipeline Retry => retry;

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
    public Task<string> SendAsync(string action, Func<HttpRequestMessage> build, CancellationToken cancellation) =>
        retry.ExecuteAsync(async token =>
        {
            using var response = await SendOnceAsync(build, token);
            var body = await response.Content.ReadAsStringAsync(token);
            if (response.IsSuccessStatusCode)
            {
                return body;
            }
            throw Failure(action, response.StatusCode, body);
        }, cancellation).AsTask();

    /// <summary>Transient (retry) or final (explained) for an unsuccessful response.</summary>
    public static Exception Failure(string action, HttpStatusCode status, string body)
    {
        var error = ApiError.Parse(status, body);
        return ApiErrorExplanations.IsRetryable(error)
            ? new TransientFailure($"{action}: HTTP {(int)status}{(error.Reason is null ? "" : " " + error.Reason)}")
            : new PublishException(ApiErrorExplanations.Explain(action, error));
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
