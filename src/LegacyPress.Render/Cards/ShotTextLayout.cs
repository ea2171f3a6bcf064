using LegacyPress.Core.Model;
using LegacyPress.Render.Text;

namespace LegacyPress.Render.Cards;

/// <summary>
/// A shot's title and caption as a lower third: title in the display face over a caption in the text face,
/// centred, resting above the bottom margin (higher on portrait frames, clear of phone players' controls).
/// </summary>
internal static class ShotTextLayout
{
    public static CardLayout? Build(Shot shot, CardTypography type, TextShaper shaper)
    {
        var hasTitle = !string.IsNullOrWhiteSpace(shot.Title);
        var hasCaption = !string.IsNullOrWhiteSpace(shot.Caption);
        if (!hasTitle && !hasCaption)
        {
            return null;
        }
        var fonts = shaper.Fonts;
        var stack = new TextStack(shaper, type.CentreX);
        if (hasTitle)
        {
            stack.Fitted(shot.Title!, fonts.Get(FontRole.Display), type.Px(34), type.Px(58), type.ColumnWidth, 2, CardTypography.Ink, lineHeight: 1.1f);
        }
        if (hasCaption)
        {
            stack.Fitted(shot.Caption!, fonts.Get(FontRole.BodyMedium), type.Px(22), type.Px(30), type.ColumnWidth, 3, CardTypography.Ink.WithAlpha(235),
                spaceBeforePixels: hasTitle ? type.Px(14) : 0, lineHeight: 1.3f);
        }
        var bottomMargin = type.Frame.Height * (type.IsPortrait ? 0.16f : 0.085f);
        return stack.FromBottom(type.Frame.Height - bottomMargin);
    }
}
