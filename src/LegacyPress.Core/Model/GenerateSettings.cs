using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Core.Model;

/// <summary>
/// film.yaml's <c>generate</c>: which image service makes the stills and how. Keys are never here (they come from the
/// environment); <see cref="Endpoint"/> points at a self-hosted ComfyUI or a proxy, null meaning the service's own.
/// </summary>
/// <param name="Backend">One of <see cref="Backends"/>.</param>
/// <param name="Model">The service's model (a ComfyUI checkpoint, <c>gpt-image-1</c>, Stability's <c>core</c>); null: the backend's default.</param>
/// <param name="WorkflowPath">ComfyUI only: the project's own workflow (API format), project-relative; null: the shipped template.</param>
/// <param name="Candidates">How many pictures <c>legacypress generate</c> makes per shot when the command line does not say.</param>
public sealed record GenerateSettings(string Backend, string? Model, string? WorkflowPath, Uri? Endpoint, int Candidates, SourceLocation Location)
{
    /// <summary>The backends film.yaml may name; each is one class in LegacyPress.Generation's backend table.</summary>
    public static IReadOnlyList<string> Backends { get; } = ["comfyui", "openai", "stability"];

    public const int DefaultCandidates = 4;

    /// <summary>More candidates per shot than anyone compares on one contact sheet, and a bill nobody meant.</summary>
    public const int MaxCandidates = 16;
}
