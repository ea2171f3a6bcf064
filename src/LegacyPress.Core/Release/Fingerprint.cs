using System.Security.Cryptography;
using System.Text;
using LegacyPress.Core.Instrumentation;

namespace LegacyPress.Core.Release;

/// <summary>
/// The hash of exactly the inputs a release step reads, with each input's own hash kept so a stale step
/// can say what changed: <c>Fingerprint.Of(FingerprintInput.Value("shot", shot), FingerprintInput.File("image", path))</c>.
/// </summary>
public sealed record Fingerprint(string Sha256, IReadOnlyDictionary<string, string> Inputs)
{
    /// <summary>Bump when what a fingerprint covers changes, so every cached step is redone once.</summary>
    public const int FormatVersion = 1;

    /// <exception cref="ArgumentException">Two inputs have the same name.</exception>
    public static Fingerprint Of(params IEnumerable<FingerprintInput> inputs) => Of(inputs, null);

    /// <summary>As <see cref="Of(IEnumerable{FingerprintInput})"/>, with file contents hashed through the run's <paramref name="hashes"/>.</summary>
    /// <exception cref="ArgumentException">Two inputs have the same name.</exception>
    public static Fingerprint Of(IEnumerable<FingerprintInput> inputs, FileHashes? hashes)
    {
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (!sorted.TryAdd(input.Name, input.Hash(hashes)))
            {
                throw new ArgumentException($"two fingerprint inputs are named '{input.Name}'", nameof(inputs));
            }
        }
        var all = new StringBuilder().Append("legacypress-fingerprint-v").Append(FormatVersion).Append('\n');
        foreach (var (name, hash) in sorted)
        {
            all.Append(name.Length).Append(':').Append(name).Append('=').Append(hash).Append('\n');
        }
        return new Fingerprint(Hex(Encoding.UTF8.GetBytes(all.ToString())), sorted);
    }

    /// <summary>Names of the inputs that differ from <paramref name="before"/> (added, removed or changed), sorted.</summary>
    public IReadOnlyList<string> ChangedSince(Fingerprint? before)
    {
        if (before is null)
        {
            return Inputs.Keys.ToList();
        }
        return Inputs.Keys.Union(before.Inputs.Keys)
            .Where(k => Inputs.GetValueOrDefault(k) != before.Inputs.GetValueOrDefault(k))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    internal static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>One named input of a step: a model value (hashed in canonical form), a text, or a file's contents.</summary>
public abstract record FingerprintInput(string Name)
{
    /// <summary>The input's hash; file contents through <paramref name="hashes"/> when given, so each is read once a run.</summary>
    public abstract string Hash(FileHashes? hashes = null);

    /// <summary>A model value: records, lists, numbers; see <see cref="CanonicalForm"/>.</summary>
    public static FingerprintInput Value(string name, object? value) => new OfText(name, CanonicalForm.Of(value));

    /// <summary>A plain text, such as a tool version or a template's name.</summary>
    public static FingerprintInput Text(string name, string text) => new OfText(name, text);

    /// <summary>A file's bytes (a missing file hashes as missing, so it appearing later changes the fingerprint).</summary>
    public static FingerprintInput File(string name, string path) => new OfFile(name, path);

    /// <summary>Every file under a folder (templates, fonts): relative paths and contents.</summary>
    public static FingerprintInput Folder(string name, string path) => new OfFolder(name, path);

    private sealed record OfText(string Name, string Canonical) : FingerprintInput(Name)
    {
        public override string Hash(FileHashes? hashes = null) => Fingerprint.Hex(Encoding.UTF8.GetBytes(Canonical));
    }

    private sealed record OfFile(string Name, string Path) : FingerprintInput(Name)
    {
        public override string Hash(FileHashes? hashes = null) => hashes?.Of(Path) ?? FileHash(Path);
    }

    private sealed record OfFolder(string Name, string Path) : FingerprintInput(Name)
    {
        public override string Hash(FileHashes? hashes = null)
        {
            if (!Directory.Exists(Path))
            {
                return "missing";
            }
            var listing = new StringBuilder();
            foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
                         .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'))
                         .Order(StringComparer.Ordinal))
            {
                var full = System.IO.Path.Combine(Path, file);
                listing.Append(file).Append('=').Append(hashes?.Of(full) ?? FileHash(full)).Append('\n');
            }
            return Fingerprint.Hex(Encoding.UTF8.GetBytes(listing.ToString()));
        }
    }

    /// <summary>SHA-256 of a file's contents, streamed; "missing" when there is no such file.</summary>
    public static string FileHash(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            return "missing";
        }
        // A named pipe or device is never opened (it would block or never end); its kind is its fingerprint.
        if (Files.FileKinds.Of(path) is var kind and not Files.FileKind.Regular)
        {
            return "not-a-file:" + kind;
        }
        using var stream = System.IO.File.OpenRead(path);
        WorkCounters.FilesHashed.Add(1, new KeyValuePair<string, object?>("path", System.IO.Path.GetFullPath(path)));
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
