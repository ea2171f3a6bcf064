using LegacyPress.Core.Planning;
using LegacyPress.Render.Text;

namespace LegacyPress.Render.Cards;

/// <summary>
/// The opening title: "Legacy: Journey Between Worlds" is set as a tracked capital headline ("LEGACY") over its
/// subtitle, a brass rule, then the tagline in italic. A title without a colon is one headline.
/// </summary>
internal static class TitleCardLayout
{
    public static CardLayout Build(Card.OpeningTitle card, CardTypography type, TextShaper shaper)
    {
        var fonts = shaper.Fonts;
        var (headline, subtitle) = Split(card.Title);
        var stack = new TextStack(shaper, type.CentreX);
        if (subtitle is null)
        {
            stack.Fitted(headline, fonts.Get(FontRole.Display), type.Px(56), type.Px(120), type.ColumnWidth, 3, CardTypography.Ink, lineHeight: 1.1f);
        }
        else
        {
            stack.Fitted(headline.ToUpperInvariant(), fonts.Get(FontRole.Display), type.Px(64), type.Px(150), type.ColumnWidth, 2, CardTypography.Ink, lineHeight: 1.05f, trackingEm: 0.12f)
                .Fitted(subtitle, fonts.Get(FontRole.Display), type.Px(36), type.Px(62), type.ColumnWidth, 2, CardTypography.Ink, spaceBeforePixels: type.Px(22));
        }
        if (!string.IsNullOrWhiteSpace(card.Tagline))
        {
            stack.Rule(type.Px(150), Math.Max(1, type.Px(1.6f)), CardTypography.Brass, type.Px(40), type.Px(36))
                .Fitted(card.Tagline, fonts.Get(FontRole.DisplayItalic), type.Px(24), type.Px(36), type.ColumnWidth * 0.9f, 2, CardTypography.Ink.WithAlpha(210));
        }
        return stack.CentredOn(type.Frame.Height * 0.48f);
    }

    /// <summary>Splits at the first ": " — a headline and its subtitle — when both halves have text.</summary>
    internal static (string Headline, string? Subtitle) Split(string title)
    {
        var colon = title.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || colon + 2 >= title.Length)
        {
            return (title.Trim(), null);
        }
        return (title[..colon].Trim(), title[(colon + 2)..].Trim());
    }
}
