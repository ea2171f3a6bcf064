using LegacyPress.Core.Generation;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Documents.Model;

namespace LegacyPress.Promo.Documents;

/// <summary>
/// What a project document is made from: the film, its timeline, its promo settings (key art, stills), the paper, how
/// the soundtrack measured, and the two seams to the disk (checking a picture and reading its pixel size from its
/// header — <see cref="ImageFiles.CheckFile"/> — and naming a file in messages).
/// </summary>
public sealed record DocumentSources(
    Film Film,
    Timeline Timeline,
    PromoSettings Promo,
    PaperSize Paper,
    LoudnessFigures Loudness,
    Func<string, ImageCheck> ProbeImage,
    Func<string, string> DisplayPath)
{
    /// <summary>How the generated stills were made (<c>images/provenance.json</c>), by image path; empty when none was.</summary>
    public IReadOnlyDictionary<string, StillProvenance> Provenance { get; init; } = new Dictionary<string, StillProvenance>();

    public DocumentBuilder NewBuilder() => new(DocumentTheme.Press, ProbeImage, DisplayPath);
}

/// <summary>Integrated loudness and true peak of the mix; <see cref="Measured"/> false when they are only the target.</summary>
public sealed record LoudnessFigures(double IntegratedLufs, double TruePeakDbtp, bool Measured)
{
    public static LoudnessFigures Target(LoudnessTarget target) => new(target.IntegratedLufs, target.TruePeakDbtp, Measured: false);
}
