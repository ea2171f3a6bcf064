using LegacyPress.Render.Composition;

namespace LegacyPress.Render.Look.Matching;

/// <summary>Every look group of a film, measured (issue 17): what <c>look.png</c>, <c>look.json</c>, check and the renderer read.</summary>
/// <param name="WarnDeltaE">The drift (mean colour ΔE00) above which a shot is an outlier of its group.</param>
/// <param name="CropSize">The size of one analysis frame; a shot's crop holds three, one under the other.</param>
public sealed record FilmLook(IReadOnlyList<GroupLook> Groups, double WarnDeltaE, PixelSize CropSize)
{
    public IEnumerable<ShotLook> Shots => Groups.SelectMany(g => g.Shots);

    /// <summary>Shots that drift beyond <see cref="WarnDeltaE"/> from their group as the film shows them.</summary>
    public IEnumerable<ShotLook> Outliers => Shots.Where(IsOutlier);

    public bool IsOutlier(ShotLook shot) => shot.DriftShown is { } drift && drift.MeanDeltaE > WarnDeltaE;

    /// <summary>Each matched shot's colour match by shot id.</summary>
    public IReadOnlyDictionary<string, MatchedLook> Matches =>
        Shots.Where(s => s.After is not null).ToDictionary(s => s.ShotId, s => s.After!, StringComparer.Ordinal);
}
