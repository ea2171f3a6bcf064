namespace LegacyPress.Core.Scaffolding;

/// <summary>
/// The first line of a film.yaml that points the YAML language server (VS Code's YAML extension and others) at the
/// JSON Schema, for completion and checking as you type: <c># yaml-language-server: $schema=./film.schema.json</c>.
/// </summary>
public static class SchemaModeline
{
    private const string Prefix = "# yaml-language-server:";

    /// <summary>The file with its modeline pointing at <paramref name="schemaPath"/> (relative to the film.yaml), replacing one it had.</summary>
    public static string Apply(string yaml, string schemaPath)
    {
        var firstLineEnd = yaml.IndexOf('\n');
        var firstLine = firstLineEnd < 0 ? yaml : yaml[..firstLineEnd];
        var rest = firstLine.TrimStart().StartsWith(Prefix, StringComparison.Ordinal)
            ? (firstLineEnd < 0 ? "" : yaml[(firstLineEnd + 1)..])
            : yaml;
        return $"{Prefix} $schema={schemaPath}\n{rest}";
    }
}
