using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Templates;

namespace LegacyPress.Promo.Campaign;

/// <summary>
/// Every layer of a campaign's assets that cannot fit its box as its template asks for this film, found by laying
/// the assets out (placed off the subject, as drawn) without drawing a pixel, so assets kept from an earlier run are
/// reported too. Sorted by asset, then by the layer's line.
/// </summary>
internal static class FitCheck
{
    public static IReadOnlyList<PromoProblem> Of(IEnumerable<PromoTemplate> templates, PromoServices services) =>
        templates
            .SelectMany(template => SubjectAvoidance.Place(template, services).Layers.SelectMany(layer =>
                layer.FitProblems(services, template.Platform).Select(message =>
                    new PromoProblem(template.Name, template.Platform.Platform, template.Platform.Purpose, layer.Location, message))))
            .OrderBy(p => p.Asset, StringComparer.Ordinal)
            .ThenBy(p => p.Layer.Line)
            .ToList();
}
