using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;

namespace LegacyPress.Core.Release;

/// <summary>The bytes of every still a timeline shows, as fingerprint inputs named <c>&lt;prefix&gt; &lt;image path&gt;</c>.</summary>
public static class StillInputs
{
    public static IEnumerable<FingerprintInput> Of(Film film, Timeline timeline, string prefix = "still") =>
        timeline.Shots.Select(s => s.Shot.ImagePath).Distinct(StringComparer.Ordinal)
            .Select(image => FingerprintInput.File($"{prefix} {image}", film.Project.Resolve(image)));
}
