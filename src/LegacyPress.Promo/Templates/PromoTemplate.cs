using LegacyPress.Core.Diagnostics;
using LegacyPress.Promo.Layers;
using LegacyPress.Promo.Platforms;

namespace LegacyPress.Promo.Templates;

/// <summary>
/// A layout for one promo asset: the platform it is made for (size, safe area, limits) and its layers,
/// drawn in order. Read from <c>templates/promo/*.yaml</c> or a project's <c>promo/templates</c>.
/// </summary>
public sealed record PromoTemplate(string Name, PlatformSpec Platform, IReadOnlyList<PromoLayer> Layers, SourceLocation Location)
{
    /// <summary>The files this template writes: one per format of its platform.</summary>
    public IEnumerable<string> OutputFileNames => Platform.Formats.Select(f => Name + AssetFormats.Extension(f));

    /// <summary>How many placements the template's movable layers have (1 when none moves): they move together.</summary>
    public int Placements => Layers.Count == 0 ? 1 : Layers.Max(l => l.Placements);

    /// <summary>The type layers that move off the key art's subject: whose boxes decide the placement.</summary>
    public IEnumerable<PromoLayer> MovableType => Layers.Where(l => l.IsType && l.Placements > 1);

    /// <summary>The template with every movable layer at placement <paramref name="placement"/> (0: as written).</summary>
    public PromoTemplate Placed(int placement) =>
        placement == 0 ? this : this with { Layers = Layers.Select(l => l.Placed(placement)).ToList() };
}
