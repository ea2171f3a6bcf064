using LegacyPress.Core.Model;

namespace LegacyPress.Core.Looks;

/// <summary>
/// The one rule for a shot's effective matching: film (<c>look.match</c>) → look group (<c>look.groups.NAME.match</c>)
/// → act → shot, each field from the innermost level that gives it; <c>match: false</c> on any level switches the shot off.
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
                    var from = effective ?? LookMatch.Default;
                    effective = new LookMatch(f.Method ?? from.Method, f.Strength ?? from.Strength, f.Reference ?? from.Reference)
                    {
                        Location = f.Location,
                        ReferenceLocation = f.Reference is null ? from.ReferenceLocation : f.ReferenceLocation,
                    };
                    break;
            }
        }
        return effective;
    }
}
