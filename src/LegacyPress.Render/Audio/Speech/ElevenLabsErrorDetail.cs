using System.Text.Json;

namespace LegacyPress.Render.Audio.Speech;

/// <summary>
/// The readable part of an ElevenLabs error body: <c>{"detail": {"status", "message"}}</c>, or FastAPI's
/// validation list <c>{"detail": [{"loc", "msg"}]}</c>, or a plain string.
/// </summary>
internal sealed record ElevenLabsErrorDetail(string? Status, string? Message)
{
    private const int MaxMessageLength = 400;

    public static ElevenLabsErrorDetail Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("detail", out var detail))
            {
                return detail.ValueKind switch
                {
                    JsonValueKind.Object => new(StringOf(detail, "status"), StringOf(detail, "message")),
                    JsonValueKind.Array => new(null, string.Join("; ", detail.EnumerateArray().Select(Validation).Where(m => m.Length > 0))),
                    JsonValueKind.String => new(null, detail.GetString()),
                    _ => new(null, null),
                };
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, say): fall through to the raw text.
        }
        var text = body.Trim();
        return new(null, text.Length == 0 ? null : Shorten(text));
    }

    /// <summary>"message (status)", or the fallback; with the API key scrubbed in case a server echoes it.</summary>
    public string Describe(string fallback, string? apiKey)
    {
        var text = (Message, Status) switch
        {
            ({ Length: > 0 } m, { Length: > 0 } s) => $"{m} ({s})",
            ({ Length: > 0 } m, _) => m,
            (_, { Length: > 0 } s) => s,
            _ => fallback,
        };
        text = Shorten(text);
        return string.IsNullOrEmpty(apiKey) ? text : text.Replace(apiKey, "***", StringComparison.Ordinal);
    }

    private static string Validation(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return item.ToString();
        }
        var message = StringOf(item, "msg") ?? StringOf(item, "message") ?? "";
        if (item.TryGetProperty("loc", out var loc) && loc.ValueKind == JsonValueKind.Array)
        {
            var where = string.Join(".", loc.EnumerateArray().Select(p => p.ToString()));
            return where.Length > 0 ? $"{where}: {message}" : message;
        }
        return message;
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Shorten(string text) => text.Length <= MaxMessageLength ? text : text[..MaxMessageLength] + "…";
}
