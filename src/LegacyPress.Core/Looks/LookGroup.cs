using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;

namespace LegacyPress.Core.Looks;

/// <summary>
/// Shots that should share one look (a world of the film): its name, its members in film order, and the reference
/// shot named for it (null: the analysis takes the group's medoid).
/// </summary>
public sealed record LookGroup(string Name, IReadOnlyList<LookGroupMember> Members, string? Reference)
{
    /// <summary>Where <see cref="Reference"/> was written (under <c>look.match</c> or <c>look.groups.NAME.match</c>).</summary>
    public SourceLocation? ReferenceLocation { get; init; }

    /// <summary>The members whose colours are to be matched (those not switched off).</summary>
    public IEnumerable<LookGroupMember> Matched => Members.Where(m => m.Match is not null);
}

/// <summary>One shot of a look group, with its act and its effective matching (null: kept as it is).</summary>
public sealed record LookGroupMember(Shot Shot, Act Act, LookMatch? Match);
