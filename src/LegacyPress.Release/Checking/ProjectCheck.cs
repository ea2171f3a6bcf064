using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Promo.Campaign;

namespace LegacyPress.Release.Checking;

/// <summary>Every problem a release would meet in the parts of a project its steps read, found before any work starts.</summary>
public static class ProjectCheck
{
    public static IReadOnlyList<Diagnostic> Run(Film film, string bundledTemplatesDirectory, Func<string, string> display) =>
        PromoSettings.From(film).Problems;
}
