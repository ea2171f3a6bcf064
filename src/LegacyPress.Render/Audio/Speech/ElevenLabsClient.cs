using System.Buffers.Binary;
using System.Net;
using LegacyPress.Core.Files;
using LegacyPress.Render.Services;

namespace LegacyPress.Render.Audio.Speech;

/// <summary>
/// The one way LegacyPress asks ElevenLabs for audio, shared by speech and sound effects: POST JSON with the key in
/// <c>xi-api-key</c>, retry when busy (429, 5xx, dropped connections, timeouts), report ElevenLabs' own detail with the
/// key scrubbed, and write the answer atomically.
/// </summary>
internal sealed class ElevenLabsClient
{
    private const int WavHeaderBytes = 44;

    private readonly HttpClient http;
    private readonly ServiceRetry retry;

    public ElevenLabsClient(HttpClient http, ElevenLabsOptions options, IProgress<string>? progress)
    {
        this.http = http;
        Options = options;
        retry = new ServiceRetry("ElevenLabs", options.Retry.Backoff, progress);
    }

    public ElevenLabsOptions Options { get; }

    /// <summary>The API key, or an <see cref="ElevenLabsFailure"/> saying that <paramref name="needer"/> (a voice, a sound) needs it.</summary>
    public string Key(string needer) => Options.ApiKey ?? throw new ElevenLabsFailure(
        $"{needer} uses ElevenLabs, but {ElevenLabsOptions.ApiKeyVariable} is not set; export your ElevenLabs API key in it");

    /// <summary>Makes <paramref name="call"/> (retrying as the options say) and writes its audio to <paramref name="outputPath"/>.</summary>
    /// <exception cref="ElevenLabsFailure">ElevenLabs refused, kept failing, or could not be reached.</exception>
    public async Task PostForAudioAsync(ElevenLabsCall call, string key, string outputPath, CancellationToken ct)
    {
        var url = $"{Options.BaseUrl.AbsoluteUri.TrimEnd('/')}{call.Path}?output_format={Uri.EscapeDataString(call.Format.Name)}";
        var body = call.Body.ToJsonString();
        try
        {
            await retry.ExecuteAsync(token => AttemptAsync(url, key, body, call, outputPath, token), ct).ConfigureAwait(false);
        }
        catch (RetriesExhaustedException e)
        {
            throw new ElevenLabsFailure(e.InnerException switch
            {
                TransientServiceFailure => $"ElevenLabs still failed after {e.Tries} for {call.Subject}: {e.Message}",
                HttpRequestException => $"could not reach ElevenLabs at {Options.BaseUrl} after {e.Tries}: {Scrub(e.Message, key)}",
                _ => $"the connection to ElevenLabs kept breaking ({e.Tries}): {Scrub(e.Message, key)}",
            }, e.InnerException);
        }
    }

    private async Task AttemptAsync(string url, string key, string body, ElevenLabsCall call, string outputPath, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        message.Headers.TryAddWithoutValidation("xi-api-key", key);
        message.Headers.TryAddWithoutValidation("Accept", call.Format.IsPcm ? "audio/pcm, */*" : "audio/mpeg, */*");
        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var error = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            throw Failure(response, ElevenLabsErrorDetail.Parse(error), call, key);
        }
        await SaveAsync(response, call, outputPath, ct).ConfigureAwait(false);
    }

    private static async Task SaveAsync(HttpResponseMessage response, ElevenLabsCall call, string outputPath, CancellationToken ct)
    {
        var format = call.Format;
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
            bytes = file.Length - (format.IsPcm ? WavHeaderBytes : 0);
            if (format.IsPcm)
            {
                file.Position = 0;
                await file.WriteAsync(WavHeader(format.SampleRateHz, bytes), ct).ConfigureAwait(false);
            }
        }
        if (bytes <= 0)
        {
            throw new TransientServiceFailure("ElevenLabs answered with no audio");
        }
        // Not retried: asking again would bill again for what is likely the same unreadable answer.
        if (call.Verify is { } verify && await verify(output.TemporaryPath, ct).ConfigureAwait(false) is { } problem)
        {
            throw new ElevenLabsFailure($"ElevenLabs answered for {call.Subject} with audio that cannot be read: {problem}");
        }
        output.Commit();
    }

    private static byte[] WavHeader(int sampleRateHz, long dataBytes)
    {
        const short channels = 1;
        const short bitsPerSample = 16;
        var header = new byte[WavHeaderBytes];
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

    private static Exception Failure(HttpResponseMessage response, ElevenLabsErrorDetail detail, ElevenLabsCall call, string key)
    {
        var code = (int)response.StatusCode;
        var said = detail.Describe(response.ReasonPhrase ?? "no details", key);
        if (response.StatusCode == HttpStatusCode.TooManyRequests || code >= 500)
        {
            return new TransientServiceFailure($"{code} {said}", TransientServiceFailure.ParseRetryAfter(response.Headers.RetryAfter?.ToString(), DateTimeOffset.UtcNow));
        }
        return new ElevenLabsFailure(response.StatusCode switch
        {
            HttpStatusCode.Unauthorized when detail.Status is "quota_exceeded" =>
                $"ElevenLabs quota exceeded (401): {said}",
            HttpStatusCode.Unauthorized =>
                $"ElevenLabs rejected the API key (401); check {ElevenLabsOptions.ApiKeyVariable} (ElevenLabs said: {said})",
            HttpStatusCode.Forbidden =>
                $"ElevenLabs refused the request (403); check {ElevenLabsOptions.ApiKeyVariable} and its permissions (ElevenLabs said: {said})",
            HttpStatusCode.NotFound when call.NotFound is { } notFound =>
                $"{notFound} (ElevenLabs said: {said})",
            HttpStatusCode.UnprocessableEntity =>
                $"ElevenLabs could not use the request for {call.Subject} (422): {said}",
            _ => $"ElevenLabs rejected the request for {call.Subject} ({code}): {said}",
        });
    }

    private static string Scrub(string message, string key) => message.Replace(key, "***", StringComparison.Ordinal);
}
