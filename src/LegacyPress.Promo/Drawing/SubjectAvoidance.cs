using LegacyPress.Promo.Layers;
using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Templates;

namespace LegacyPress.Promo.Drawing;

/// <summary>
/// Puts a template's movable layers (<c>avoid_subject</c>) where its type stays off the key art's subject: the
/// subject is the focus point of the shot its first image layer shows, mapped through that layer's crop, and
/// <see cref="SubjectPlacement"/> picks the first placement whose movable type boxes do not cover it.
/// </summary>
public static class SubjectAvoidance
{
    public static PromoTemplate Place(PromoTemplate template, PromoServices services)
    {
        if (template.Placements == 1)
        {
            return template;
        }
        var subject = template.Layers.OfType<ImageLayer>().Select(l => l.Subject(services, template.Platform)).FirstOrDefault(p => p is not null);
        var boxes = Enumerable.Range(0, template.Placements)
            .Select(k => (IReadOnlyList<PixelRect>)template.MovableType.Select(l => l.Placed(k).Box.Resolve(template.Platform)).ToList())
            .ToList();
        return template.Placed(SubjectPlacement.Choose(boxes, subject));
    }
}
