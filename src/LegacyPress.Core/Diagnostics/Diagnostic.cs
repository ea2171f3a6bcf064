namespace LegacyPress.Core.Diagnostics;

/// <summary>One problem found in a project, printed as <c>file:line:col: message</c>.</summary>
public sealed record Diagnostic(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
