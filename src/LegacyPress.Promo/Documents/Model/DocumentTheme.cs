namespace LegacyPress.Promo.Documents.Model;

/// <summary>
/// The typography of a document in one place: every style the Markdown reader and the document builders use,
/// and the colours of rules, tints and links.
/// </summary>
public sealed record DocumentTheme(
    TextStyle Body,
    TextStyle Lead,
    TextStyle Heading1,
    TextStyle Heading2,
    TextStyle Heading3,
    TextStyle Caption,
    TextStyle Small,
    TextStyle Quote,
    TextStyle Code,
    TextStyle TableHeader,
    RgbColor Accent,
    RgbColor Link,
    RgbColor RuleColor,
    RgbColor Tint)
{
    private static readonly RgbColor Ink = RgbColor.FromHex("#1E1B18");
    private static readonly RgbColor Muted = RgbColor.FromHex("#6B6258");
    private static readonly RgbColor Brass = RgbColor.FromHex("#9A6A2A");

    /// <summary>A serif body with sans headings in ink and brass: quiet enough for a press kit, readable in print.</summary>
    public static DocumentTheme Press { get; } = new(
        Body: new TextStyle(FontFace.Serif, 10.5, Ink, LineHeight: 1.45),
        Lead: new TextStyle(FontFace.Serif, 13, Ink, Italic: true, LineHeight: 1.4),
        Heading1: new TextStyle(FontFace.Sans, 22, Ink, Bold: true, LineHeight: 1.2),
        Heading2: new TextStyle(FontFace.Sans, 14, Brass, Bold: true, LineHeight: 1.25),
        Heading3: new TextStyle(FontFace.Sans, 11.5, Ink, Bold: true, LineHeight: 1.3),
        Caption: new TextStyle(FontFace.Sans, 8.5, Muted, LineHeight: 1.35),
        Small: new TextStyle(FontFace.Sans, 9, Ink, LineHeight: 1.4),
        Quote: new TextStyle(FontFace.Serif, 11.5, Ink, Italic: true, LineHeight: 1.45),
        Code: new TextStyle(FontFace.Mono, 9, Ink, LineHeight: 1.4),
        TableHeader: new TextStyle(FontFace.Sans, 9, RgbColor.White, Bold: true, LineHeight: 1.3),
        Accent: Brass,
        Link: RgbColor.FromHex("#2F6F8F"),
        RuleColor: RgbColor.FromHex("#CDBFA8"),
        Tint: RgbColor.FromHex("#F4EEE4"));

    public TextStyle HeadingStyle(int level) => level switch
    {
        <= 1 => Heading1,
        2 => Heading2,
        _ => Heading3,
    };
}
