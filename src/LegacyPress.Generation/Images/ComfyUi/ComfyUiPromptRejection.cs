using System.Text.Json;
using System.Text.Json.Nodes;

namespace LegacyPress.Generation.Images.ComfyUi;

/// <summary>
/// What ComfyUI says when it refuses a workflow at <c>POST /prompt</c> (400): <c>{"error": {type, message, details},
/// "node_errors": {id: {class_type, errors: [{type, message, details}]}}}</c>, read into one line naming each node.
/// </summary>
internal static class ComfyUiPromptRejection
{
    public static string Describe(string body)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return ServiceText.Clean(body.Length == 0 ? "no details" : body, null);
        }
        var parts = new List<string>();
        if (Said(root?["error"]) is { Length: > 0 } overall)
        {
            parts.Add(overall);
        }
        if (root?["node_errors"] is JsonObject nodes)
        {
            foreach (var (id, node) in nodes)
            {
                var errors = (node?["errors"] as JsonArray ?? []).Select(Said).Where(e => e.Length > 0);
                parts.Add($"node {id} ({(string?)node?["class_type"] ?? "?"}): {string.Join("; ", errors)}");
            }
        }
        return ServiceText.Clean(parts.Count == 0 ? body : string.Join("; ", parts), null);
    }

    /// <summary>"message: details", from an error object (or the plain string older versions send).</summary>
    private static string Said(JsonNode? error) => error switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonObject obj => (Text(obj["message"]), Text(obj["details"])) switch
        {
            ({ Length: > 0 } m, { Length: > 0 } d) => $"{m.TrimEnd()}: {d}",
            ({ Length: > 0 } m, _) => m.TrimEnd(),
            (_, var d) => d,
        },
        _ => "",
    };

    private static string Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
}
