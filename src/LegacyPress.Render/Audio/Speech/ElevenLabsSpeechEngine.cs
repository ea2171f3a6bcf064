using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using LegacyPress.Core.Files;
using LegacyPress.Core.Model;
using Polly;
using Polly.Retry;

namespace LegacyPress.Render.Audio.Speech;

/// <summary>Natural speech from the ElevenLabs API (POST /v1/text-to-speech/{voice_id}); retries when busy, never re-bills a cached line.</summary>
public sealed class ElevenLabsSpeechEngine : ISpeechEngine
{
    public const string EngineName = "elevenlabs";
    public const string DefaultModel = "eleven_multilingual_v2";

    private static readonly string[] KnownSettings = ["voice_id", "model", "stability", "similarity_boost", "style", "use_speaker_boost", "speed", "output_format"];

    private readonly HttpClient http;
    private readonly ElevenLabsOptions options;
    private readonly IProgress<string>? progress;
    private readonly ResiliencePipeline retry;

    public ElevenLabsSpeechEngine(HttpClient http, ElevenLabsOptions options, IProgress<string>? progress = null)
    {
        this.http = http;
        this.options = options;
        this.progress = progress;
        retry = BuildRetry(options.Retry);
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
        var key = options.ApiKey ?? throw new SpeechSynthesisException(
            $"voice '{voice.Id}' uses ElevenLabs, but {ElevenLabsOptions.ApiKeyVariable} is not set; export your ElevenLabs API key in it");
        var url = $"{options.BaseUrl.AbsoluteUri.TrimEnd('/')}/v1/text-to-speech/{Uri.EscapeDataString(request.VoiceId)}?output_format={Uri.EscapeDataString(request.Format.Name)}";
        var body = request.Body(text).ToJsonString();
        var attempts = 0;
        try
        {
            await retry.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    await AttemptAsync(url, key, body, voice, request, outputPath, token).ConfigureAwait(false);
                },
                ct).ConfigureAwait(false);
        }
        catch (RetryableFailure failure)
        {
            throw new SpeechSynthesisException($"ElevenLabs still failed after {attempts} attempt{(attempts == 1 ? "" : "s")} for voice '{voice.Id}': {failure.Message}", failure);
        }
        catch (HttpRequestException e)
        {
            throw new SpeechSynthesisException($"could not reach ElevenLabs at {options.BaseUrl} after {attempts} attempt{(attempts == 1 ? "" : "s")}: {Scrub(e.Message, key)}", e);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new SpeechSynthesisException($"the connection to ElevenLabs kept breaking ({attempts} attempts): {Scrub(e.Message, key)}", e);
        }
        return new SpeechAudio(outputPath, request.Format.MediaType);
    }

    private async Task AttemptAsync(string url, string key, string body, Voice voice, Request request, string outputPath, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Retry.AttemptTimeout);
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            };
            message.Headers.TryAddWithoutValidation("xi-api-key", key);
            message.Headers.TryAddWithoutValidation("Accept", request.Format.IsPcm ? "audio/pcm, */*" : "audio/mpeg, */*");
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var error = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
                throw Failure(response, ElevenLabsErrorDetail.Parse(error), voice, request, key);
            }
            await SaveAsync(response, request.Format, outputPath, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new RetryableFailure($"no complete answer within {options.Retry.AttemptTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s", null);
        }
    }

    private static async Task SaveAsync(HttpResponseMessage response, ElevenLabsOutputFormat format, string outputPath, CancellationToken ct)
    {
        using var output = new OutputFile(outputPath);
        long bytes;
        var file = output.Create(asynchronous: true);
        await using (file.ConfigureAwait(false))
        {
            if (format.IsPcm)
            {
                // Raw PCM has no header; wrap it so every tool downstream (ffprobe, ffmpeg) can read it.
                await file.WriteAsync(WavHeader(format.SampleRateHz, 0), ct).ConfigureAwait(false);
            }
            var source = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            await using (source.ConfigureAwait(false))
            {
                await source.CopyToAsync(file, ct).ConfigureAwait(false);
            }
            bytes = file.Length - (format.IsPcm ? 44 : 0);
            if (format.IsPcm)
            {
                file.Position = 0;
                await file.WriteAsync(WavHeader(format.SampleRateHz, bytes), ct).ConfigureAwait(false);
            }
        }
        if (bytes <= 0)
        {
            throw new RetryableFailure("ElevenLabs answered with no audio", null);
        }
        output.Commit();
    }

    private static byte[] WavHeader(int sampleRateHz, long dataBytes)
    {
        const short channels = 1;
        const short bitsPerSample = 16;
        var header = new byte[44];
        var span = header.AsSpan();
        var data = (uint)Math.Min(dataBytes, uint.MaxValue - 36);
        System.Text.Encoding.ASCII.GetBytes("RIFF", span[0..4]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..8], 36 + data);
        System.Text.Encoding.ASCII.GetBytes("WAVEfmt ", span[8..16]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..20], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..22], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[22..24], channels);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..28], sampleRateHz);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..32], sampleRateHz * channels * bitsPerSample / 8);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..34], channels * bitsPerSample / 8);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..36], bitsPerSample);
        System.Text.Encoding.ASCII.GetBytes("data", span[36..40]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..44], data);
        return header;
    }

    private static Exception Failure(HttpResponseMessage response, ElevenLabsErrorDetail detail, Voice voice, Request request, string key)
    {
        var code = (int)response.StatusCode;
        var said = detail.Describe(response.ReasonPhrase ?? "no details", key);
        if (response.StatusCode == HttpStatusCode.TooManyRequests || code >= 500)
        {
            return new RetryableFailure($"{code} {said}", RetryAfter(response));
        }
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized when detail.Status is "quota_exceeded" =>
                new SpeechSynthesisException($"ElevenLabs quota exceeded (401): {said}"),
            HttpStatusCode.Unauthorized =>
                new SpeechSynthesisException($"ElevenLabs rejected the API key (401); check {ElevenLabsOptions.ApiKeyVariable} (ElevenLabs said: {said})"),
            HttpStatusCode.Forbidden =>
                new SpeechSynthesisException($"ElevenLabs refused the request (403); check {ElevenLabsOptions.ApiKeyVariable} and its permissions (ElevenLabs said: {said})"),
            HttpStatusCode.NotFound =>
                new SpeechSynthesisException($"ElevenLabs has no voice '{request.VoiceId}' (404) for voice '{voice.Id}'; check its voice_id (ElevenLabs said: {said})"),
            HttpStatusCode.UnprocessableEntity =>
                new SpeechSynthesisException($"ElevenLabs could not use the request for voice '{voice.Id}' (422): {said}"),
            _ => new SpeechSynthesisException($"ElevenLabs rejected the request for voice '{voice.Id}' ({code}): {said}"),
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } header)
        {
            return null;
        }
        if (header.Delta is { } delta)
        {
            return delta;
        }
        if (header.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }

    private ResiliencePipeline BuildRetry(ElevenLabsRetryOptions retryOptions)
    {
        if (retryOptions.MaxAttempts <= 1)
        {
            return ResiliencePipeline.Empty;
        }
        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<RetryableFailure>()
                    .Handle<HttpRequestException>()
                    .Handle<IOException>(e => e is not FileNotFoundException and not DirectoryNotFoundException),
                MaxRetryAttempts = retryOptions.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retryOptions.FirstDelay,
                MaxDelay = retryOptions.MaxDelay,
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is RetryableFailure { RetryAfter: { } after }
                        ? (TimeSpan?)(after < retryOptions.MaxRetryAfter ? after : retryOptions.MaxRetryAfter)
                        : null),
                OnRetry = args =>
                {
                    progress?.Report($"ElevenLabs: {args.Outcome.Exception?.Message}; retrying in {args.RetryDelay.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s (attempt {args.AttemptNumber + 2} of {retryOptions.MaxAttempts})");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    private static string Scrub(string message, string key) => message.Replace(key, "***", StringComparison.Ordinal);

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

    /// <summary>A failure worth another try (busy, server error, timeout), with the server's Retry-After if it gave one.</summary>
    private sealed class RetryableFailure(string message, TimeSpan? retryAfter) : Exception(message)
    {
        public TimeSpan? RetryAfter { get; } = retryAfter;
    }
}
