namespace LegacyPress.Core.Model;

/// <summary>The film's grade: a 3D LUT, grain, vignette and optional 2.39:1 letterbox. Amounts are 0..1.</summary>
public sealed record Look(string? LutPath, double LutStrength, double GrainAmount, double VignetteAmount, bool Letterbox, int GrainSeed)
{
    /// <summary>The colour difference (CIEDE2000) from its look group beyond which <c>check</c> warns about a shot.</summary>
    public const double DefaultWarnDeltaE = 6;

    /// <summary>Film-level colour matching (<c>look.match</c>); null, the default, leaves it off unless a group, act or shot turns it on.</summary>
    public LookMatch? Match { get; init; }

    /// <summary>How far (CIEDE2000) a shot may drift from its look group before <c>check</c> warns; in (0, 100].</summary>
    public double WarnDeltaE { get; init; } = DefaultWarnDeltaE;

    /// <summary>Per-group settings (<c>look.groups</c>) by group name; groups not written here inherit the film level.</summary>
    public IReadOnlyDictionary<string, LookGroupSettings> Groups { get; init; } = NoGroups;

    // One shared empty table, so two Looks that set no groups are equal records.
    private static readonly IReadOnlyDictionary<string, LookGroupSettings> NoGroups = new Dictionary<string, LookGroupSettings>(StringComparer.Ordinal);
}
