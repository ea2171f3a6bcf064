using LegacyPress.Core.Model;

namespace LegacyPress.Core.Looks;

/// <summary>
/// Splits a film into its look groups: a shot is in its own <c>look_group</c>, else its act's, else its act's default
/// group <c>act-N</c>. Groups come in the order of their first shot; members in film order. Pure: model in, groups out.
/// </summary>
public static class LookGroups
{
    public static IReadOnlyList<LookGroup> Of(Film film) => Of(film.Look, film.Acts);

    /// <summary>The name of the group a shot of <paramref name="act"/> is in.</summary>
    public static string NameOf(Shot shot, Act act) => shot.LookGroup ?? act.LookGroup ?? DefaultNameOf(act);

    /// <summary>The group of an act's shots when neither the act nor the shot names one: <c>act-1</c>, <c>act-2</c> …</summary>
    public static string DefaultNameOf(Act act) => $"act-{act.Number}";

    internal static IReadOnlyList<LookGroup> Of(Look look, IReadOnlyList<Act> acts)
    {
        var order = new List<string>();
        var shots = new Dictionary<string, List<(Shot Shot, Act Act)>>(StringComparer.Ordinal);
        foreach (var act in acts)
        {
            foreach (var shot in act.Shots)
            {
                var name = NameOf(shot, act);
                if (!shots.TryGetValue(name, out var members))
                {
                    shots[name] = members = [];
                    order.Add(name);
                }
                members.Add((shot, act));
            }
        }
        return order.Select(name => Group(look, name, shots[name])).ToList();
    }

    private static LookGroup Group(Look look, string name, List<(Shot Shot, Act Act)> shots)
    {
        var group = look.Groups.TryGetValue(name, out var settings) ? settings.Match : new LookMatchOverride.Inherit();
        var members = shots
            .Select(m => new LookGroupMember(m.Shot, m.Act, LookMatchPrecedence.Resolve(look.Match, [group, m.Act.LookMatch, m.Shot.LookMatch])))
            .ToList();
        // Only the film and the group may name a reference, so the group level's answer is every matched member's.
        var reference = group is LookMatchOverride.Off ? null : LookMatchPrecedence.Resolve(look.Match, [group]);
        return new LookGroup(name, members, reference?.Reference) { ReferenceLocation = reference?.ReferenceLocation };
    }
}
