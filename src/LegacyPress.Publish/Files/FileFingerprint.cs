using System.Security.Cryptography;

namespace LegacyPress.Publish.Files;

/// <summary>What a file is, by content: its SHA-256 and length. Two runs with the same film agree on it.</summary>
public sealed record FileFingerprint(string Sha256, long Bytes)
{
    public static FileFingerprint Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        var hash = SHA256.HashData(stream);
        return new FileFingerprint(Convert.ToHexStringLower(hash), stream.Length);
    }

    public static string OfText(string text) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
