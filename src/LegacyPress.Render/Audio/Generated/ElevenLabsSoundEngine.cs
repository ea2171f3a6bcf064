using System.Globalization;
using System.Text.Json.Nodes;
using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Mixing;
using LegacyPress.Render.Audio.Speech;
using LegacyPress.Render.Tools;

namespace LegacyPress.Render.Audio.Generated;

/// <summary>
/// Sound effects from a description with ElevenLabs (POST /v1/sound-generation), through the same key, HTTP client
/// and retries as its speech; each call makes a new take, so callers keep takes in <see cref="GeneratedSoundCache"/>.
/// </summary>
public sealed class ElevenLabsSoundEngine
{
    public const string Endpoint = "/v1/sound-generation";

    private readonly ElevenLabsClient client;
    private readonly ElevenLabsOutputFormat format;

    /// <param name="outputFormat">An ElevenLabs <c>output_format</c>, as for speech: <c>mp3_44100_128</c> (the default) or <c>pcm_44100</c>, say.</param>
    /// <param name="model">The sound model's <c>model_id</c>; null leaves it to ElevenLabs' default.</param>
    /// <exception cref="ArgumentException"><paramref name="outputFormat"/> is not one LegacyPress can store.</exception>
    public ElevenLabsSoundEngine(HttpClient http, ElevenLabsOptions options, IProgress<string>? progress = null, string outputFormat = ElevenLabsOutputFormat.Default, string? model = null)
    {
        client = new ElevenLabsClient(http, options, progress);
        format = ElevenLabsOutputFormat.Parse(outputFormat, (_, value, expected) => throw new ArgumentException($"output format '{value}' must be {expected}", nameof(outputFormat)))!;
        Model = model;
    }

    /// <summary>The <c>output_format</c> asked for; part of the cache key, since a take in another format is another file.</summary>
    public string OutputFormat => format.Name;

    public string? Model { get; }

    /// <summary>Whether an API key is configured: without one a take not in the cache cannot be made (what <c>check</c> warns of).</summary>
    public bool HasApiKey => client.Options.ApiKey is not null;

    /// <summary>The extension (with dot) of the files this engine writes: <c>.mp3</c>, or <c>.wav</c> for PCM.</summary>
    public string FileExtension => format.FileExtension;

    /// <summary>Makes one new take of <paramref name="sound"/> into <paramref name="outputPath"/>, written atomically and only once it decodes.</summary>
    /// <exception cref="SoundGenerationException">No key, ElevenLabs refused or kept failing, or its answer does not decode.</exception>
    public async Task GenerateAsync(GeneratedSound sound, string outputPath, CancellationToken ct)
    {
        var subject = $"sound effect \"{Shorten(sound.Text)}\"";
        try
        {
            var key = client.Key(subject);
            var call = new ElevenLabsCall(Endpoint, Body(sound), format, subject) { Verify = DecodesAsync };
            await client.PostForAudioAsync(call, key, outputPath, ct).ConfigureAwait(false);
        }
        catch (ElevenLabsFailure e)
        {
            throw new SoundGenerationException(e.Message, e.InnerException);
        }
    }

    private JsonObject Body(GeneratedSound sound)
    {
        var body = new JsonObject
        {
            ["text"] = sound.Text,
            ["duration_seconds"] = sound.DurationSeconds,
            ["prompt_influence"] = sound.PromptInfluence,
        };
        if (Model is not null)
        {
            body["model_id"] = Model;
        }
        return body;
    }

    /// <summary>The take must decode with the mixer's own decoder before it takes its cache name, or the mix would fail on it later.</summary>
    private static async Task<string?> DecodesAsync(string path, CancellationToken ct)
    {
        try
        {
            var decoded = await AudioDecoder.DecodeAsync(path, ct).ConfigureAwait(false);
            return decoded.Length > 0 ? null : "no samples";
        }
        catch (ExternalToolException e)
        {
            return e.Message;
        }
    }

    private static string Shorten(string text) =>
        text.Length <= 60 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..57]}...");
}
