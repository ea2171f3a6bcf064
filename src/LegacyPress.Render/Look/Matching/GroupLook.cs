namespace LegacyPress.Render.Look.Matching;

/// <summary>A look group's shots, in film order, and the shot they are measured against.</summary>
/// <param name="ReferenceNamed">True when film.yaml names the reference, false when it is the group's medoid.</param>
public sealed record GroupLook(string Name, string? ReferenceShotId, bool ReferenceNamed, IReadOnlyList<ShotLook> Shots)
{
    /// <summary>The mean drift (mean colour ΔE00) of the measured shots before matching; 0 for an empty group.</summary>
    public double MeanDriftBefore => Mean(Shots.Select(s => s.DriftBefore));

    /// <summary>The same as the film shows it, matched shots after their match.</summary>
    public double MeanDriftShown => Mean(Shots.Select(s => s.DriftShown));

    private static double Mean(IEnumerable<Drift?> drifts)
    {
        var measured = drifts.OfType<Drift>().Select(d => d.MeanDeltaE).ToList();
        return measured.Count == 0 ? 0 : measured.Average();
    }
}
