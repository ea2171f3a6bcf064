using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using LegacyPress.Core.Files;
using LegacyPress.Core.Model;
using LegacyPress.Core.Release;
using LegacyPress.Render.Tools;

namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// The edge of music analysis: decodes a file to mono <see cref="LogMelSpectrogram.SampleRate"/> Hz with ffmpeg,
/// analyses it (<see cref="MusicAnalyzer"/>) and keeps the result under the project's cache,
/// <c>.legacypress/cache/music/&lt;key&gt;.json</c>, keyed by the file's bytes, the grid settings and the algorithm
/// version: an unchanged track is never decoded again. Written through <see cref="OutputFile"/> (temp file, rename).
/// </summary>
public sealed class MusicListener(string cacheDirectory, FileHashes? hashes = null)
{
    private readonly string folder = Path.Combine(cacheDirectory, "music");
    private readonly FileHashes hashes = hashes ?? new FileHashes();

    /// <summary>How many files were decoded and analysed (not found in the cache) by this listener: what the cache tests count.</summary>
    public int Decoded { get; private set; }

    /// <exception cref="MusicAnalysisException">The music has no beat to find (too short, silent, no steady pulse).</exception>
    public async Task<MusicAnalysis> ListenAsync(string fullPath, string displayPath, MusicGridSettings grid, CancellationToken cancellation)
    {
        var key = Fingerprint.Of(
            FingerprintInput.Text("algorithm", MusicAnalyzer.AlgorithmVersion),
            FingerprintInput.Text("file", hashes.Of(fullPath)),
            FingerprintInput.Value("grid", new { grid.TempoBpm, grid.FirstBeatSeconds, grid.Meter.BeatsPerBar })).Sha256;
        var cached = Path.Combine(folder, key + ".json");
        if (TryRead(cached) is { } known)
        {
            return known;
        }
        var samples = await DecodeAsync(fullPath, displayPath, cancellation).ConfigureAwait(false);
        Decoded++;
        var analysis = MusicAnalyzer.Analyse(samples, grid, displayPath);
        OutputFile.WriteAllText(cached, JsonSerializer.Serialize(analysis));
        return analysis;
    }

    private static MusicAnalysis? TryRead(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<MusicAnalysis>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            // A damaged record is only a cache miss: the track is listened to again.
            return null;
        }
    }

    private static async Task<float[]> DecodeAsync(string fullPath, string displayPath, CancellationToken cancellation)
    {
        string[] args =
        [
            "-v", "error", "-nostdin", "-i", fullPath, "-t", MusicAnalyzer.MaximumSeconds.ToString(CultureInfo.InvariantCulture),
            "-map", "0:a:0", "-ac", "1", "-ar", LogMelSpectrogram.SampleRate.ToString(CultureInfo.InvariantCulture), "-f", "f32le", "-acodec", "pcm_f32le", "-",
        ];
        var result = await ExternalTool.RunCheckedAsync("ffmpeg", args, $"decoding '{displayPath}' to listen to its beat", cancellation).ConfigureAwait(false);
        return MemoryMarshal.Cast<byte, float>(result.Stdout.AsSpan()).ToArray();
    }
}
