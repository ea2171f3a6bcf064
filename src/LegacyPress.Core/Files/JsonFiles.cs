using System.Text.Json;
using System.Text.Json.Serialization;

namespace LegacyPress.Core.Files;

/// <summary>How LegacyPress writes the JSON people read and tools diff (manifest, ledger, --json): indented, camelCase, no nulls.</summary>
public static class JsonFiles
{
    public static JsonSerializerOptions Readable { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
