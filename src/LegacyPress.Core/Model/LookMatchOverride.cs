using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Core.Model;

/// <summary>What a look group, an act or a shot says about matching: nothing, <c>match: false</c>, or some fields of its own.</summary>
public abstract record LookMatchOverride
{
    /// <summary>No <c>match</c> written: the enclosing level decides.</summary>
    public sealed record Inherit : LookMatchOverride;

    /// <summary><c>match: false</c>: the shots it covers keep their colours, whatever any other level says.</summary>
    public sealed record Off(SourceLocation Location) : LookMatchOverride;

    /// <summary>
    /// <c>match: true</c> or a mapping: matching on, each field given here replacing the enclosing level's and each
    /// null one taken from it. <see cref="Reference"/> is only ever set on a look group (a reference belongs to a group).
    /// </summary>
    public sealed record Fields(LookMatchMethod? Method, double? Strength, string? Reference, SourceLocation Location) : LookMatchOverride
    {
        /// <summary>Where <see cref="Reference"/> was written (the value).</summary>
        public SourceLocation? ReferenceLocation { get; init; }
    }
}
