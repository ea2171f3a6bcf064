namespace LegacyPress.Core.Generation;

/// <summary>
/// How one generated still was made, as <c>images/provenance.json</c> records it for the case study's prompt table,
/// the press kit and publishing's AI disclosure. <see cref="Image"/> is the project-relative path the still was picked
/// into; <see cref="References"/> are project-relative too.
/// </summary>
public sealed record StillProvenance(
    string Image,
    string Shot,
    string Backend,
    string Model,
    string Prompt,
    string NegativePrompt,
    long Seed,
    int Width,
    int Height,
    IReadOnlyList<string> References,
    DateTimeOffset GeneratedAt);
