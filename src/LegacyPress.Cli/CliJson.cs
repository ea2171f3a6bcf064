using System.Text.Json;
using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Cli;

/// <summary>
/// How every command's <c>--json</c> output is written: one JSON object on stdout, camelCase, and failures always in
/// the one shape <c>{ ok: false, problems: [...] }</c> (docs/json.md).
/// </summary>
public static class CliJson
{
    public const string Error = "error";

    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>One problem; file, line and column are null for a failure that is not about a place in a file.</summary>
    public sealed record Problem(string? File, int? Line, int? Column, string Message, string Severity);

    public static string Serialize(object value) => JsonSerializer.Serialize(value, Options);

    public static string Problems(IEnumerable<Diagnostic> diagnostics) =>
        Problems(diagnostics.Select(d => new Problem(d.Location.File, d.Location.Line, d.Location.Column, d.Message, Error)).ToList());

    public static string Problems(IReadOnlyList<Problem> problems) => Serialize(new { ok = false, problems });
}
