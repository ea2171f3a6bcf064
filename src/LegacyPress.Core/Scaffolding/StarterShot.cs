using LegacyPress.Core.Model;

namespace LegacyPress.Core.Scaffolding;

/// <summary>A shot a new project starts with: its id, its still's path in the project, where the subject is, and an optional caption.</summary>
public sealed record StarterShot(string Id, string Image, FocusPoint Focus, string? Caption = null);
