using System.Net;
using System.Text.Json;

namespace LegacyPress.Publish.Http;

/// <summary>A Google API error response: the HTTP status, the first <c>reason</c> (quotaExceeded, forbidden…) and its message.</summary>
public sealed record ApiError(HttpStatusCode Status, string? Reason, string? Message)
{
    /// <summary>Parses <c>{"error":{"code":…,"message":…,"errors":[{"reason":…}]}}</c>; anything else keeps just the status.</summary>
    public static ApiError Parse(HttpStatusCode status, string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                string? reason = null;
                if (error.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0
                    && errors[0].TryGetProperty("reason", out var r))
                {
                    reason = r.GetString();
                }
                var message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
                return new ApiError(status, reason, message);
            }
        }
        catch (JsonException)
        {
        }
        return new ApiError(status, null, null);
    }
}
