using System.Collections.Concurrent;

namespace LegacyPress.Core.Release;

/// <summary>
/// The SHA-256 of each file read during one run, computed once: a still shown by the film, the trailer, eight promo
/// assets and the press kit is hashed one time, not eleven. Keyed by full path, size and time written, so a file
/// changed during the run is hashed again rather than trusted.
/// </summary>
public sealed class FileHashes
{
    private readonly ConcurrentDictionary<(string Path, long Bytes, long Ticks), string> known = new();

    public string Of(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return FingerprintInput.FileHash(path);
        }
        return known.GetOrAdd((info.FullName, info.Length, info.LastWriteTimeUtc.Ticks), key => FingerprintInput.FileHash(key.Path));
    }
}
