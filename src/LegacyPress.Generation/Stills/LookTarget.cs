using LegacyPress.Render.Look.Colour;
using LegacyPress.Render.Look.Matching;
using SkiaSharp;

namespace LegacyPress.Generation.Stills;

/// <summary>
/// The look a new still should match (issue 14's measures): the statistics of the look group's typical member (its
/// medoid) among the stills the group already has. Candidates are ranked by their drift from it, so the one most
/// consistent with its neighbours is offered first.
/// </summary>
public sealed class LookTarget
{
    // Enough pixels for a stable palette, few enough to measure a dozen candidates at once.
    private const int MeasureWidth = 256;

    private readonly LookStatistics reference;

    private LookTarget(string groupName, LookStatistics reference)
    {
        GroupName = groupName;
        this.reference = reference;
    }

    public string GroupName { get; }

    /// <summary>The target for a group from the stills it already has; null when none of them can be measured.</summary>
    public static LookTarget? Of(string groupName, IEnumerable<string> memberStills)
    {
        var measured = memberStills.Select(Measure).OfType<LookStatistics>().ToList();
        return measured.Count == 0 ? null : new LookTarget(groupName, measured[GroupReference.MedoidOf(measured)]);
    }

    /// <summary>Mean ΔE00 between the picture's look and the group's; null when the picture cannot be measured (one flat colour).</summary>
    public double? DistanceOf(string picture) => Measure(picture) is { } look ? Drift.Between(look, reference).MeanDeltaE : null;

    private static LookStatistics? Measure(string path)
    {
        using var decoded = SKBitmap.Decode(path);
        if (decoded is null)
        {
            return null;
        }
        var height = Math.Max(64, (int)Math.Round(decoded.Height * (double)MeasureWidth / decoded.Width));
        using var small = decoded.Resize(new SKImageInfo(MeasureWidth, height, SKColorType.Bgra8888, SKAlphaType.Premul), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        try
        {
            return small is null ? null : LookStatistics.Measure(small.GetPixelSpan());
        }
        catch (LookAnalysisException)
        {
            return null;
        }
    }
}
