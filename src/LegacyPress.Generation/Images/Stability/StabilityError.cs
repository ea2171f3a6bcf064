using System.Text.Json;
using System.Text.Json.Nodes;

namespace LegacyPress.Generation.Images.Stability;

/// <summary>Stability's error body, <c>{"id", "name", "errors": ["prompt: cannot be empty", …]}</c>; any part may be missing.</summary>
internal sealed record StabilityError(string? Name, IReadOnlyList<string> Errors)
{
    /// <summary>A 403 the service gives a prompt or image its moderation flagged.</summary>
    public bool IsModeration => Name is "content_moderation";

    public static StabilityError Parse(string body)
    {
        try
        {
            if (JsonNode.Parse(body) is JsonObject json)
            {
                var errors = (json["errors"] as JsonArray ?? []).Select(e => e is JsonValue v && v.TryGetValue<string>(out var s) ? s : e?.ToJsonString() ?? "").Where(e => e.Length > 0).ToList();
                return new((string?)(json["name"] as JsonValue), errors);
            }
        }
        catch (JsonException)
        {
            // A proxy's page: its text is all there is.
        }
        return new(null, body.Trim().Length == 0 ? [] : [body.Trim()]);
    }

    /// <summary>"name: error; error", cleaned for a message.</summary>
    public string Describe(string? apiKey) =>
        ServiceText.Clean((Name, Errors.Count) switch
        {
            (null, 0) => "no details",
            (null, _) => string.Join("; ", Errors),
            (_, 0) => Name,
            _ => $"{Name}: {string.Join("; ", Errors)}",
        }, apiKey);
}
