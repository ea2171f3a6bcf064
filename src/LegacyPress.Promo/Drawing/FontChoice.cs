using LegacyPress.Render.Text;

namespace LegacyPress.Promo.Drawing;

/// <summary>
/// A template's font: a role of the shipped set (<c>display</c>, <c>display-italic</c>, <c>body</c>,
/// <c>body-medium</c>, <c>body-semibold</c>) or any family name, with weight and slant.
/// </summary>
public sealed record FontChoice(string Family, int Weight, bool Italic)
{
    public static FontChoice Display { get; } = new("display", 400, false);

    public static IReadOnlyDictionary<string, FontRole> Roles { get; } = new Dictionary<string, FontRole>(StringComparer.Ordinal)
    {
        ["display"] = FontRole.Display,
        ["display-italic"] = FontRole.DisplayItalic,
        ["body"] = FontRole.Body,
        ["body-medium"] = FontRole.BodyMedium,
        ["body-semibold"] = FontRole.BodySemiBold,
    };
}
