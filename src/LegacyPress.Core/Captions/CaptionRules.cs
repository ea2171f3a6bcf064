namespace LegacyPress.Core.Captions;

/// <summary>The readability rules captions follow (broadcast practice: 42 characters a line, 2 lines, at least 1 s).</summary>
public sealed record CaptionRules(int MaxCharactersPerLine, int MaxLines, double MinimumSeconds)
{
    public static CaptionRules Default { get; } = new(42, 2, 1.0);

    public int MaxCharactersPerCue => MaxCharactersPerLine * MaxLines;
}
