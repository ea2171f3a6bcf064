using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Core.Model;

/// <summary>One act of the film: a title and its shots in order.</summary>
public sealed record Act(int Number, string Title, IReadOnlyList<Shot> Shots, SourceLocation Location)
{
    /// <summary>The look group written on the act (<c>look_group</c>); null: the act's own group, named <c>act-N</c>.</summary>
    public string? LookGroup { get; init; }

    /// <summary>What the act says about colour matching of its shots (<c>match</c>); inherits by default.</summary>
    public LookMatchOverride LookMatch { get; init; } = new LookMatchOverride.Inherit();

    /// <summary>The act's <c>timing</c> for its shots; null: the film's.</summary>
    public TimingSnap? Timing { get; init; }
}
