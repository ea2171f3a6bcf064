namespace LegacyPress.Promo.Documents.Model;

/// <summary>Which family of the document's fonts a piece of text is set in.</summary>
public enum FontFace
{
    Serif,
    Sans,
    Mono,
}

/// <summary>How a run of text looks: face, size in points, weight, slant, colour and line height (a multiple of the size).</summary>
public sealed record TextStyle(FontFace Face, double SizePoints, RgbColor Color, bool Bold = false, bool Italic = false, double LineHeight = 1.4)
{
    public TextStyle WithBold(bool bold = true) => this with { Bold = bold };

    public TextStyle WithItalic(bool italic = true) => this with { Italic = italic };

    public double LineHeightPoints => SizePoints * LineHeight;
}

/// <summary>
/// A piece of a paragraph in one style, optionally a link: an absolute URL, or <c>#anchor</c> for a place in the document.
/// </summary>
public sealed record TextRun(string Text, TextStyle Style, string? Link = null)
{
    public const char InternalLinkPrefix = '#';

    public bool IsInternalLink => Link is { Length: > 1 } l && l[0] == InternalLinkPrefix;
}
