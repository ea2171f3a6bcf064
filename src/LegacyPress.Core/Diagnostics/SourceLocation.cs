namespace LegacyPress.Core.Diagnostics;

/// <summary>A place in a project file, 1-based, as a film-maker's editor shows it.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
