using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Core.Model;

/// <summary>
/// film.yaml's <c>bible</c>: what every generated still shares (the style) and the recurring characters and places a
/// shot names, so the same apprentice and the same workshop are described, referenced and seeded the same way in every
/// prompt. Read once; <see cref="Generation.PromptComposer"/> turns it and a shot into the prompt a service is sent.
/// </summary>
public sealed record PromptBible(
    BibleStyle Style,
    IReadOnlyDictionary<string, BibleEntry> Characters,
    IReadOnlyDictionary<string, BibleEntry> Places)
{
    public static PromptBible Empty { get; } = new(BibleStyle.None, new Dictionary<string, BibleEntry>(), new Dictionary<string, BibleEntry>());
}

/// <summary>The look every still is asked for (<c>bible.style.prompt</c>) and what none may show (<c>negative_prompt</c>).</summary>
public sealed record BibleStyle(string? Prompt, string? NegativePrompt)
{
    public static BibleStyle None { get; } = new(null, null);
}

/// <summary>
/// One character or place: how it is described in every prompt, the reference stills that show it (project-relative,
/// in order; sent to services that take references), and for a character an optional seed that keeps its face when a
/// shot sets none.
/// </summary>
public sealed record BibleEntry(string Id, string Description, IReadOnlyList<string> ReferencePaths, long? Seed, SourceLocation Location);
