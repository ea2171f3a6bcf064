namespace LegacyPress.Promo.Documents.Markdown;

/// <summary>
/// A Markdown file of a project: its text, the path messages name it by, and the project folder its image paths must
/// stay inside. <see cref="HeadingShift"/> pushes its headings down (a file's <c>#</c> becomes a level-2 heading inside a chapter).
/// </summary>
public sealed record MarkdownSource(string Text, string FullPath, string DisplayPath, string ProjectDirectory, int HeadingShift = 0);
