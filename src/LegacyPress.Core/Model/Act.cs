using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Core.Model;

/// <summary>One act of the film: a title and its shots in order.</summary>
public sealed record Act(int Number, string Title, IReadOnlyList<Shot> Shots, SourceLocation Location);
