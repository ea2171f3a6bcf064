using System.Text.Json;
using System.Text.Json.Nodes;

namespace LegacyPress.Generation.Images.OpenAi;

/// <summary>OpenAI's error body, <c>{"error": {"message", "type", "param", "code"}}</c>; any part may be missing.</summary>
internal sealed record OpenAiError(string? Message, string? Type, string? Code)
{
    /// <summary>The codes OpenAI gives a prompt or picture its safety system refused.</summary>
    private static readonly string[] RefusalCodes = ["moderation_blocked", "content_policy_violation", "image_content_policy_violation"];

    public bool IsRefusal => Code is not null && RefusalCodes.Contains(Code, StringComparer.Ordinal);

    public bool IsOutOfQuota => Code is "insufficient_quota" or "billing_hard_limit_reached";

    public static OpenAiError Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return new(null, null, null);
        }
        try
        {
            if (JsonNode.Parse(body)?["error"] is JsonObject error)
            {
                return new(Text(error["message"]), Text(error["type"]), Text(error["code"]));
            }
        }
        catch (JsonException)
        {
            // A proxy's page rather than OpenAI's JSON: its text is all there is.
        }
        return new(body.Trim(), null, null);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
