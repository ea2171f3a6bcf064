using System.Text.Json.Nodes;

namespace LegacyPress.TestSupport.Fakes.Images;

/// <summary>One request a fake saw: the Authorization header's value is replaced by <see cref="FakeServiceHost.RedactedKey"/>.</summary>
/// <param name="Fields">A multipart or URL-encoded form's text fields (empty for other bodies).</param>
/// <param name="Files">A multipart form's files.</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyList<RecordedFile> Files,
    bool KeyAccepted)
{
    public JsonNode Json => JsonNode.Parse(Body)!;
}

/// <summary>A file in a multipart form: its field name, file name, declared type and bytes.</summary>
public sealed record RecordedFile(string Field, string FileName, string ContentType, byte[] Bytes);

/// <summary>A scripted answer for the next request, instead of the fake's normal behaviour.</summary>
public abstract record FakeFault
{
    /// <summary>Answer with this status and body (and Retry-After, in seconds, if given).</summary>
    public sealed record Status(int Code, string Body, string? RetryAfter = null, string ContentType = "application/json") : FakeFault;

    /// <summary>Start a good answer, then cut the connection.</summary>
    public sealed record DropConnection : FakeFault;

    /// <summary>Wait this long before answering normally.</summary>
    public sealed record Slow(TimeSpan Delay) : FakeFault;
}
