using System.Text.Json;
using LegacyPress.Core.Files;

namespace LegacyPress.Core.Generation;

/// <summary>
/// <c>images/provenance.json</c>: one record per generated still in the project, keyed by its image path. Written
/// whole and atomically when a still is picked; read by whatever reports or discloses how the pictures were made.
/// A missing file means no still was generated here; a damaged one is reported, never taken as "none".
/// </summary>
public static class ProvenanceFile
{
    public const string RelativePath = "images/provenance.json";

    /// <summary>The records, by image path; empty when the project has no provenance file.</summary>
    /// <exception cref="ProvenanceException">The file exists but is not a provenance file.</exception>
    public static IReadOnlyDictionary<string, StillProvenance> Read(string projectDirectory)
    {
        var path = Path.Combine(projectDirectory, RelativePath);
        if (!File.Exists(path))
        {
            return new Dictionary<string, StillProvenance>(StringComparer.Ordinal);
        }
        try
        {
            var document = JsonSerializer.Deserialize<Document>(File.ReadAllText(path), JsonFiles.Readable);
            return (document?.Stills ?? []).ToDictionary(s => s.Image, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or NotSupportedException)
        {
            throw new ProvenanceException($"{RelativePath}: not a provenance file ({e.Message.Split('\n')[0]}); delete it or pick the stills again");
        }
    }

    /// <summary>Records <paramref name="still"/>, replacing any earlier record for the same image.</summary>
    public static void Record(string projectDirectory, StillProvenance still)
    {
        var stills = Read(projectDirectory).Values.Where(s => s.Image != still.Image).Append(still).OrderBy(s => s.Image, StringComparer.Ordinal).ToList();
        OutputFile.WriteAllText(Path.Combine(projectDirectory, RelativePath), JsonSerializer.Serialize(new Document(stills), JsonFiles.Readable) + "\n");
    }

    private sealed record Document(IReadOnlyList<StillProvenance> Stills);
}

/// <summary>images/provenance.json could not be read; the message is for the user.</summary>
public sealed class ProvenanceException(string message) : Exception(message);
