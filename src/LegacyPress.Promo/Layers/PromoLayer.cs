using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Release;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Platforms;
using LegacyPress.Promo.Templates;

namespace LegacyPress.Promo.Layers;

/// <summary>
/// One layer of a promo template (image, fill, gradient, scrim, text, billing block, logo, laurels, QR code):
/// its settings as read from the template, a check against the film before anything is drawn, and a thin
/// Skia drawing step. Kinds are registered in <see cref="LayerKinds"/>.
/// </summary>
public abstract record PromoLayer(LayerBox Box, SourceLocation Location)
{
    /// <summary>The template key that introduces this kind (<c>image</c>, <c>text</c>…).</summary>
    public abstract string Kind { get; }

    /// <summary>True for layers whose content is type, held to the platform's safe area and clear zones.</summary>
    public virtual bool IsType => false;

    /// <summary>Problems that would stop this layer drawing for this film (unknown shot, Liquid error, missing file).</summary>
    public virtual IEnumerable<Diagnostic> Check(PromoServices services) => [];

    /// <summary>
    /// What the layer reads from the film beyond its own settings, named under <paramref name="name"/>: the text it
    /// sets, the still or file it shows. The asset's fingerprint is these plus the template, so an asset is redrawn
    /// only when something it shows changed.
    /// </summary>
    public virtual IEnumerable<FingerprintInput> Reads(PromoServices services, string name) => [];

    /// <summary>How many places the layer can be put in: its box as written, then each of its <c>avoid_subject</c> alternatives.</summary>
    public virtual int Placements => 1;

    /// <summary>The layer at placement <paramref name="placement"/> (0: as written); itself when it has no such alternative.</summary>
    public virtual PromoLayer Placed(int placement) => this;

    /// <summary>
    /// What the layer had to give up to fit its box for this film at this platform (a title broken inside a word or
    /// cut with an ellipsis): it is drawn anyway, and each message is reported as a warning on the asset.
    /// </summary>
    public virtual IEnumerable<string> FitProblems(PromoServices services, PlatformSpec platform) => [];

    /// <summary>Draws the layer onto the asset's canvas (pixel coordinates of the platform's canvas).</summary>
    public abstract void Draw(LayerCanvas target);

    /// <summary>A Liquid template's text as rendered for this film: what text, laurel and QR layers read.</summary>
    protected static FingerprintInput RenderedText(PromoServices services, string name, string template, SourceLocation at) =>
        FingerprintInput.Text(name + " text", services.RenderText(template, at).Text ?? "");
}
