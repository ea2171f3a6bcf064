using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Looks;
using LegacyPress.Core.Model;

namespace LegacyPress.Core.Loading;

/// <summary>
/// Checks the look section against the shots, once all acts are read: every <c>look.groups</c> name is a group some
/// shot is in, every reference names a shot, and a group is only ever matched to a shot of its own.
/// </summary>
internal static class LookGroupCheck
{
    public static void Report(Look look, IReadOnlyList<Act> acts, DiagnosticBag diagnostics)
    {
        var groups = LookGroups.Of(look, acts);
        var names = groups.Select(g => g.Name).ToList();
        foreach (var settings in look.Groups.Values.Where(s => !names.Contains(s.Name)))
        {
            diagnostics.Add(settings.Location,
                $"look.groups: no shot is in look group '{settings.Name}'{DidYouMean.Hint(settings.Name, names)} (the film's groups: {string.Join(", ", names)})");
        }

        // A duplicated shot id is reported by the shot reader; its first use decides here.
        var groupOfShot = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var member in group.Members)
            {
                groupOfShot.TryAdd(member.Shot.Id, group.Name);
            }
        }
        foreach (var (subject, reference, at) in WrittenReferences(look))
        {
            if (!groupOfShot.ContainsKey(reference))
            {
                diagnostics.Add(at, $"{subject}: reference '{reference}' names no shot{DidYouMean.Hint(reference, groupOfShot.Keys)}");
            }
        }
        foreach (var group in groups)
        {
            if (group is { Reference: { } reference, ReferenceLocation: { } at } &&
                groupOfShot.TryGetValue(reference, out var home) && home != group.Name && group.Matched.Any())
            {
                diagnostics.Add(at, OutsideItsGroup(look, group.Name, reference, home));
            }
        }
    }

    /// <summary>Each reference as film.yaml writes it, with the subject its messages name.</summary>
    private static IEnumerable<(string Subject, string Reference, SourceLocation At)> WrittenReferences(Look look)
    {
        if (look.Match is { Reference: { } film, ReferenceLocation: { } filmAt })
        {
            yield return ("look.match", film, filmAt);
        }
        foreach (var settings in look.Groups.Values)
        {
            if (settings.Match is LookMatchOverride.Fields { Reference: { } reference, ReferenceLocation: { } at })
            {
                yield return ($"look.groups.{settings.Name}.match", reference, at);
            }
        }
    }

    // Groups exist so that worlds may differ on purpose: matching one to another's shot would undo that, so it is an error.
    private static string OutsideItsGroup(Look look, string group, string reference, string home) =>
        look.Groups.TryGetValue(group, out var settings) && settings.Match is LookMatchOverride.Fields { Reference: not null }
            ? $"look.groups.{group}.match: reference '{reference}' is in look group '{home}', not in '{group}'; a group is matched to one of its own shots"
            : $"look.match: reference '{reference}' is in look group '{home}', but the shots of look group '{group}' would be matched to it too; " +
              $"give '{group}' a reference of its own under look.groups.{group}.match, or move this one under look.groups.{home}.match";
}
