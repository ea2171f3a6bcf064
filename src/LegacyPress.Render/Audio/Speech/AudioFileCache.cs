using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace LegacyPress.Render.Audio.Speech;

/// <summary>
/// Audio made once and kept on disk under a hash of everything that made it, shared by the speech and sound-effect
/// caches: a file already there is never made (or billed) again, and two callers asking for the same file at once
/// share one making.
/// </summary>
internal sealed class AudioFileCache(string directory)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<(string, bool)>>> inFlight = new(StringComparer.Ordinal);

    public string Directory { get; } = directory;

    public string PathFor(string key, string extension) => Path.Combine(Directory, key + extension);

    /// <summary>
    /// A SHA-256 over <paramref name="fields"/>, each length-prefixed so that no two different inputs can run together
    /// into the same string.
    /// </summary>
    public static string Key(IEnumerable<string> fields)
    {
        var canonical = new StringBuilder();
        foreach (var value in fields)
        {
            canonical.Append(value.Length).Append(':').Append(value).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    /// <summary>The file at <paramref name="path"/>, made by <paramref name="make"/> (which writes it atomically) only when it is not there yet.</summary>
    public async Task<(string FilePath, bool FromCache)> GetOrMakeAsync(string path, Func<string, CancellationToken, Task<string>> make, CancellationToken ct)
    {
        if (File.Exists(path))
        {
            return (path, true);
        }
        var work = inFlight.GetOrAdd(path, p => new Lazy<Task<(string, bool)>>(async () =>
        {
            // Another caller may have finished it between our check and getting here.
            if (File.Exists(p))
            {
                return (p, true);
            }
            System.IO.Directory.CreateDirectory(Directory);
            return (await make(p, ct).ConfigureAwait(false), false);
        }));
        try
        {
            return await work.Value.ConfigureAwait(false);
        }
        finally
        {
            inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<(string, bool)>>>(path, work));
        }
    }
}
