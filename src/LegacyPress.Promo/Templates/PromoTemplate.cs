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
}
