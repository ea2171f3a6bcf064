using LegacyPress.Core.Planning;
using LegacyPress.Render.Text;

namespace LegacyPress.Render.Cards;

/// <summary>An act card: "ACT II" small, tracked and brass, a short rule, then the act's title large.</summary>
internal static class ActCardLayout
{
    public static CardLayout Build(Card.ActTitle card, CardTypography type, TextShaper shaper)
    {
        var fonts = shaper.Fonts;
        return new TextStack(shaper, type.CentreX)
            .Lines([$"ACT {RomanNumeral.Of(card.Number)}"], fonts.Get(FontRole.BodySemiBold), type.Px(26), CardTypography.Brass, trackingEm: 0.32f)
            .Rule(type.Px(56), Math.Max(1, type.Px(1.6f)), CardTypography.Brass, type.Px(28), type.Px(34))
            .Fitted(card.Title, fonts.Get(FontRole.Display), type.Px(44), type.Px(92), type.ColumnWidth, 2, CardTypography.Ink, lineHeight: 1.1f)
            .CentredOn(type.Frame.Height * 0.48f);
    }
}
