using LegacyPress.Core.Files;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LegacyPress.Core.Audio;
using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Mixing;
using LegacyPress.Render.Encoding;

namespace LegacyPress.Release.Preparation;

/// <summary>
/// The prepared film's soundtrack: planned from its timeline, mixed, normalised, and kept in the project's cache
/// under a key of exactly what the mix was made from, so render, timeline, trailer and release share one mix and
/// an unchanged film is never mixed twice.
/// </summary>
public static class FilmSoundtrack
{
    /// <summary>Bump when the mixer's output changes for the same plan, so old cached mixes are not reused.</summary>
    private const int MixerVersion = 2;

    /// <summary>Builds a mix straight to <paramref name="mixPath"/> (and stems when asked), without the cache.</summary>
    /// <exception cref="Tools.ExternalToolException">ffmpeg is missing or could not decode or normalise.</exception>
    public static Task<SoundtrackResult> BuildAsync(AudioPlan plan, string mixPath, string? stemsDirectory, CancellationToken cancellation) =>
        new SoundtrackBuilder().BuildAsync(plan, mixPath, stemsDirectory, cancellation);

    /// <summary>The cached mix of <paramref name="plan"/> (named <paramref name="name"/>: film, trailer…), built if missing.</summary>
    /// <exception cref="Tools.ExternalToolException">ffmpeg is missing or could not decode or normalise.</exception>
    /// <param name="streams">What the sum and the measurements are written through (ffmpeg writes the mix itself).</param>
    public static async Task<CachedSoundtrack> GetOrBuildAsync(ProjectInfo project, string name, AudioPlan plan, OutputStreamFactory streams, CancellationToken cancellation)
    {
        var folder = Path.Combine(project.CacheDirectory, "mix");
        var key = Key(plan);
        var mixPath = Path.Combine(folder, $"{name}-{key}.wav");
        var measurementPath = Path.ChangeExtension(mixPath, ".json");
        if (File.Exists(mixPath) && File.Exists(measurementPath) &&
            JsonSerializer.Deserialize<Measurements>(File.ReadAllText(measurementPath)) is { } cached)
        {
            return new CachedSoundtrack(new SoundtrackResult(mixPath, [], cached.Before, cached.After), FromCache: true);
        }

        var built = await new SoundtrackBuilder(streams).BuildAsync(plan, mixPath, null, cancellation).ConfigureAwait(false);
        OutputFile.WriteAllText(measurementPath, JsonSerializer.Serialize(new Measurements(built.Before, built.After)), streams: streams);
        foreach (var stale in Directory.EnumerateFiles(folder, $"{name}-*").Where(f => !f.StartsWith(Path.ChangeExtension(mixPath, null), StringComparison.Ordinal)))
        {
            File.Delete(stale);
        }
        return new CachedSoundtrack(built, FromCache: false);
    }

    /// <summary>A hash of the plan's canonical description and of each input file's identity (size and time written).</summary>
    public static string Key(AudioPlan plan)
    {
        var text = new StringBuilder($"mixer {MixerVersion}\n").Append(AudioPlanDescription.Describe(plan));
        foreach (var file in AudioPlanDescription.Files(plan))
        {
            var info = new FileInfo(file);
            text.Append($"file {file} {(info.Exists ? info.Length : -1)} {(info.Exists ? info.LastWriteTimeUtc.Ticks : 0)}\n");
        }
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private sealed record Measurements(LoudnessMeasurement Before, LoudnessMeasurement After);
}

/// <summary>A soundtrack from the cache, and whether it was already there.</summary>
public sealed record CachedSoundtrack(SoundtrackResult Result, bool FromCache);
