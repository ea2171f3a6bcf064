using LegacyPress.Promo.Templates;

namespace LegacyPress.Promo.Layers;

/// <summary>The table of layer kinds: the template key that introduces each and the reader that builds it.</summary>
internal static class LayerKinds
{
    public static IReadOnlyDictionary<string, Func<LayerReader, PromoLayer?>> Readers { get; } = new Dictionary<string, Func<LayerReader, PromoLayer?>>
    {
        [ImageLayer.Key] = ImageLayer.Read,
        [FillLayer.Key] = FillLayer.Read,
        [GradientLayer.Key] = GradientLayer.Read,
        [ScrimLayer.Key] = ScrimLayer.Read,
        [TextLayer.Key] = TextLayer.Read,
        [BillingBlockLayer.Key] = BillingBlockLayer.Read,
        [LogoLayer.Key] = LogoLayer.Read,
        [LaurelsLayer.Key] = LaurelsLayer.Read,
        [QrLayer.Key] = QrLayer.Read,
    };
}
