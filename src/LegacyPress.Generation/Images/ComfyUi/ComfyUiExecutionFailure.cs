using System.Text.Json.Nodes;

namespace LegacyPress.Generation.Images.ComfyUi;

/// <summary>
/// A queued workflow that ComfyUI could not run: its <c>execution_error</c> (on the websocket, or among the history
/// entry's status messages) read into a message naming the node and ComfyUI's exception.
/// </summary>
internal static class ComfyUiExecutionFailure
{
    /// <param name="data">The message's data: <c>{node_id, node_type, exception_type, exception_message}</c>.</param>
    public static GenerationException From(JsonNode? data, string source)
    {
        var node = (string?)data?["node_id"];
        var type = (string?)data?["node_type"];
        var exception = (string?)data?["exception_type"];
        var message = (string?)data?["exception_message"] ?? "no details";
        var where = node is null ? "" : $" in node {node}{(type is null ? "" : $" ({type})")}";
        return new GenerationException($"ComfyUI failed running the workflow {source}{where}: {ServiceText.Clean(exception is null ? message : $"{exception}: {message}", null)}");
    }

    /// <summary>The failure a finished history entry records, or null when it succeeded.</summary>
    public static GenerationException? OfHistory(JsonObject entry, string source)
    {
        if ((string?)entry["status"]?["status_str"] != "error")
        {
            return null;
        }
        var error = (entry["status"]?["messages"] as JsonArray ?? [])
            .OfType<JsonArray>()
            .FirstOrDefault(m => m.Count == 2 && (string?)m[0] == "execution_error");
        return From(error?[1], source);
    }

    public static GenerationException Interrupted(string source) =>
        new($"ComfyUI stopped running the workflow {source} before it finished (it was interrupted, from ComfyUI's own window or another client)");
}
