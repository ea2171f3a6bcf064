using System.Text.Json.Nodes;
using LegacyPress.Core.Model;

namespace LegacyPress.Render.Audio.Speech;

/// <summary>Natural speech from the ElevenLabs API (POST /v1/text-to-speech/{voice_id}); retries when busy, never re-bills a cached line.</summary>
public sealed class ElevenLabsSpeechEngine : ISpeechEngine
{
    public const string EngineName = "elevenlabs";
    public const string DefaultModel = "eleven_multilingual_v2";

    private static readonly string[] KnownSettings = ["voice_id", "model", "stability", "similarity_boost", "style", "use_speaker_boost", "speed", "output_format"];

    private readonly ElevenLabsClient client;

    public ElevenLabsSpeechEngine(HttpClient http, ElevenLabsOptions options, IProgress<string>? progress = null)
    {
        client = new ElevenLabsClient(http, options, progress);
    }

    public string Name => EngineName;

    public string FileExtension(Voice voice) => Request.For(voice).Format.FileExtension;

    /// <summary>The settings' problems; the API key is the environment's, not the project's, and is asked for only when speaking.</summary>
    public Task<IReadOnlyList<VoiceProblem>> CheckAsync(Voice voice, CancellationToken ct)
    {
        var settings = new VoiceSettings(voice, KnownSettings);
        Request.Read(voice, settings);
        return Task.FromResult(settings.Problems);
    }

    public async Task<SpeechAudio> SynthesizeAsync(Voice voice, string text, string outputPath, CancellationToken ct)
    {
        var request = Request.For(voice);
        try
        {
            var key = client.Key($"voice '{voice.Id}'");
            var call = new ElevenLabsCall($"/v1/text-to-speech/{Uri.EscapeDataString(request.VoiceId)}", request.Body(text), request.Format, $"voice '{voice.Id}'")
            {
                NotFound = $"ElevenLabs has no voice '{request.VoiceId}' (404) for voice '{voice.Id}'; check its voice_id",
            };
            await client.PostForAudioAsync(call, key, outputPath, ct).ConfigureAwait(false);
        }
        catch (ElevenLabsFailure e)
        {
            throw new SpeechSynthesisException(e.Message, e.InnerException);
        }
        return new SpeechAudio(outputPath, request.Format.MediaType);
    }

    /// <summary>A voice's settings turned into what ElevenLabs expects.</summary>
    private sealed record Request(string VoiceId, string Model, ElevenLabsOutputFormat Format, JsonObject? VoiceSettings)
    {
        /// <exception cref="SpeechSynthesisException">A setting is missing, unknown or out of range.</exception>
        public static Request For(Voice voice)
        {
            var settings = new VoiceSettings(voice, KnownSettings);
            var request = Read(voice, settings);
            settings.ThrowIfInvalid();
            return request!;
        }

        /// <summary>The request, or null with every problem recorded in <paramref name="settings"/>.</summary>
        public static Request? Read(Voice voice, VoiceSettings settings)
        {
            var voiceId = settings.Text("voice_id");
            if (voiceId is null)
            {
                settings.Problem($"voice '{voice.Id}' uses ElevenLabs and needs a 'voice_id' setting (the id from your ElevenLabs voice library)");
            }
            var format = ElevenLabsOutputFormat.Parse(settings.Text("output_format") ?? ElevenLabsOutputFormat.Default, settings.Invalid);
            var voiceSettings = new JsonObject();
            Add(voiceSettings, "stability", settings.Number("stability", 0, 1));
            Add(voiceSettings, "similarity_boost", settings.Number("similarity_boost", 0, 1));
            Add(voiceSettings, "style", settings.Number("style", 0, 1));
            if (settings.Bool("use_speaker_boost") is { } boost)
            {
                voiceSettings["use_speaker_boost"] = boost;
            }
            Add(voiceSettings, "speed", settings.Number("speed", 0.7, 1.2));
            return voiceId is null || format is null || settings.Problems.Count > 0
                ? null
                : new Request(voiceId, settings.Text("model") ?? DefaultModel, format, voiceSettings.Count > 0 ? voiceSettings : null);
        }

        public JsonObject Body(string text)
        {
            var body = new JsonObject { ["text"] = text, ["model_id"] = Model };
            if (VoiceSettings is not null)
            {
                body["voice_settings"] = VoiceSettings.DeepClone();
            }
            return body;
        }

        private static void Add(JsonObject target, string name, double? value)
        {
            if (value is { } v)
            {
                target[name] = v;
            }
        }
    }
}
