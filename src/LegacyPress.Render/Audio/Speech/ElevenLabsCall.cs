using System.Text.Json.Nodes;

namespace LegacyPress.Render.Audio.Speech;

/// <summary>
/// One ElevenLabs audio request (speech or a sound effect): the endpoint, the JSON body, the audio format asked for,
/// and what the messages call it (<c>voice 'narrator'</c>, <c>sound effect "gears…"</c>).
/// </summary>
internal sealed record ElevenLabsCall(string Path, JsonObject Body, ElevenLabsOutputFormat Format, string Subject)
{
    /// <summary>What a 404 means at this endpoint (a voice id that does not exist); null for the general message.</summary>
    public string? NotFound { get; init; }

    /// <summary>
    /// Checks the finished temporary file before it takes its final name: null when usable, else why not. Null to
    /// accept any non-empty answer.
    /// </summary>
    public Func<string, CancellationToken, Task<string?>>? Verify { get; init; }
}
