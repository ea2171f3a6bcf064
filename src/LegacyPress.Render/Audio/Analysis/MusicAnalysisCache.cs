using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LegacyPress.Core.Files;
using LegacyPress.Core.Model;

namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// Analyses on disk under <c>&lt;project&gt;/.legacypress/cache/music/&lt;key&gt;.json</c>, the key a SHA-256 over the
/// file's bytes, the grid settings that change the result (tempo, first beat, meter; not markers) and
/// <see cref="MusicAnalyzer.AlgorithmVersion"/>. Written through <see cref="OutputFile"/> (temporary file, then rename),
/// so a killed run leaves no half-written record; a damaged record is only a miss.
/// </summary>
public sealed class MusicAnalysisCache(string directory)
{
    /// <summary>The cache for a project whose cache folder is <paramref name="cacheDirectory"/> (<c>Film.CacheDirectory</c>).</summary>
    public static MusicAnalysisCache ForProject(string cacheDirectory) => new(Path.Combine(cacheDirectory, "music"));

    public string Directory { get; } = directory;

    public string PathFor(string key) => Path.Combine(Directory, key + ".json");

    public MusicAnalysis? TryLoad(string key)
    {
        var path = PathFor(key);
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
            return null;
        }
    }

    public void Save(string key, MusicAnalysis analysis) => OutputFile.WriteAllText(PathFor(key), JsonSerializer.Serialize(analysis));

    /// <summary>The key for <paramref name="filePath"/> as it is now under <paramref name="grid"/>; reads the whole file.</summary>
    public static async Task<string> KeyAsync(string filePath, MusicGridSettings grid, CancellationToken cancellation)
    {
        byte[] fileHash;
        await using (var stream = File.OpenRead(filePath))
        {
            fileHash = await SHA256.HashDataAsync(stream, cancellation);
        }
        var canonical = new StringBuilder();
        void Field(string value) => canonical.Append(value.Length).Append(':').Append(value).Append('\n');
        Field($"legacypress-music-v{MusicAnalyzer.AlgorithmVersion}");
        Field(Convert.ToHexStringLower(fileHash));
        Field(grid.TempoBpm?.ToString("R", CultureInfo.InvariantCulture) ?? "-");
        Field(grid.FirstBeatSeconds?.ToString("R", CultureInfo.InvariantCulture) ?? "-");
        Field(grid.Meter.BeatsPerBar.ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonical.ToString())));
    }
}
