namespace LegacyPress.Core.Diagnostics;

/// <summary>Collects every problem of a run so they can be reported at once, in file order.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public bool HasErrors => items.Count > 0;

    public void Add(SourceLocation at, string message) => items.Add(new Diagnostic(at, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    public IReadOnlyList<Diagnostic> ToSortedList() =>
        items.Distinct()
             .OrderBy(d => d.Location.File, StringComparer.Ordinal)
             .ThenBy(d => d.Location.Line)
             .ThenBy(d => d.Location.Column)
             .ToList();
}
