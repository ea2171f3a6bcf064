using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Core.Model;

/// <summary>
/// Colour matching of shots to their look group's reference: the method, how much of the correction to apply
/// (0..1) and the reference shot by id (null: the group's medoid, chosen by the analysis).
/// </summary>
public sealed record LookMatch(LookMatchMethod Method, double Strength, string? Reference)
{
    /// <summary>What <c>match: true</c>, or a mapping that names nothing, means: Reinhard, full strength, the medoid.</summary>
    public static LookMatch Default { get; } = new(LookMatchMethod.Reinhard, 1.0, null);

    /// <summary>Where the innermost <c>match</c> that set any of this was written, so messages point at it.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Where <see cref="Reference"/> was written (the value), so a bad reference is reported there.</summary>
    public SourceLocation? ReferenceLocation { get; init; }
}
