using LegacyPress.Core.Planning;
using LegacyPress.Render.Text;

namespace LegacyPress.Render.Cards;

/// <summary>
/// The end-credits roll laid out from y = 0 down: the heading, then each role (small tracked brass capitals)
/// over its names (display face), with air between roles.
/// </summary>
internal static class CreditsRollLayout
{
    public static CardLayout Build(Card.CreditsRoll card, CardTypography type, TextShaper shaper)
    {
        var fonts = shaper.Fonts;
        var stack = new TextStack(shaper, type.CentreX)
            .Fitted(card.Title, fonts.Get(FontRole.Display), type.Px(44), type.Px(72), type.ColumnWidth, 3, CardTypography.Ink, lineHeight: 1.1f)
            .Rule(type.Px(120), Math.Max(1, type.Px(1.6f)), CardTypography.Brass, type.Px(36), 0);
        foreach (var credit in card.Credits)
        {
            stack.Fitted(credit.Role.ToUpperInvariant(), fonts.Get(FontRole.BodySemiBold), type.Px(16), type.Px(22), type.ColumnWidth, 2, CardTypography.Brass,
                    spaceBeforePixels: type.Px(64), lineHeight: 1.4f, trackingEm: 0.22f);
            foreach (var name in credit.Names)
            {
                stack.Fitted(name, fonts.Get(FontRole.Display), type.Px(28), type.Px(44), type.ColumnWidth, 2, CardTypography.Ink,
                    spaceBeforePixels: type.Px(12), lineHeight: 1.15f);
            }
        }
        return stack.FromTop(0);
    }
}
