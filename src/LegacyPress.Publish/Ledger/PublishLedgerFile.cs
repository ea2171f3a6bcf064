using System.Text.Json;
using System.Text.Json.Serialization;
using LegacyPress.Core.Files;

namespace LegacyPress.Publish.Ledger;

/// <summary>Reads and atomically writes <c>publish.lock.json</c> in the project folder.</summary>
public sealed class PublishLedgerFile(string projectDirectory)
{
    private static readonly JsonSerializerOptions Json = JsonFiles.Readable;

    public string Path { get; } = System.IO.Path.Combine(projectDirectory, PublishLedger.FileName);

    public PublishLedger Load()
    {
        if (!File.Exists(Path))
        {
            return PublishLedger.Empty;
        }
        try
        {
            var ledger = JsonSerializer.Deserialize<PublishLedger>(File.ReadAllText(Path), Json);
            if (ledger is null || ledger.Version != PublishLedger.CurrentVersion)
            {
                throw new PublishException($"{PublishLedger.FileName}: unsupported version {ledger?.Version}; this LegacyPress writes version {PublishLedger.CurrentVersion}");
            }
            return ledger with { Platforms = ledger.Platforms ?? new Dictionary<string, PlatformRecord>() };
        }
        catch (JsonException e)
        {
            // Never guess over a damaged ledger: guessing wrong means a duplicate upload.
            throw new PublishException($"{PublishLedger.FileName} is damaged ({e.Message}); restore it from version control, or delete it to publish as if for the first time");
        }
    }

    /// <summary>Replaces the file in one rename: a crash mid-write leaves the previous ledger.</summary>
    public void Save(PublishLedger ledger) => OutputFile.WriteAllText(Path, JsonSerializer.Serialize(ledger, Json) + "\n");
}
