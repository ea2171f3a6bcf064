using LegacyPress.Core.Model;

namespace LegacyPress.Core.Looks;

/// <summary>
/// The one rule for a shot's effective matching: film (<c>look.match</c>) → look group (<c>look.groups.NAME.match</c>)
/// → act → shot, each field from the innermost level that gives it; <c>match: false</c> on a group, act or shot switches the shot off.
/// </summary>
public static class LookMatchPrecedence
{
    /// <summary>The effective matching of a shot, or null when it keeps its colours.</summary>
    public static LookMatch? Resolve(LookMatch? film, IEnumerable<LookMatchOverride> inner)
    {
        var effective = film;
        foreach (var level in inner)
        {
            switch (level)
            {
                case LookMatchOverride.Off:
                    return null;
                case LookMatchOverride.Fields f:
                    var outer = effective ?? LookMatch.Default;
                    effective = new LookMatch(f.Method ?? outer.Method, f.Strength ?? outer.Strength, f.Reference ?? outer.Reference)
                    {
                        Location = f.Location,
                        ReferenceLocation = f.Reference is null ? outer.ReferenceLocation : f.ReferenceLocation,
                    };
                    break;
            }
        }
        return effective;
    }
}
