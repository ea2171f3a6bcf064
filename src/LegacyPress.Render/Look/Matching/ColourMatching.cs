using LegacyPress.Core.Looks;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Release;

namespace LegacyPress.Render.Look.Matching;

/// <summary>
/// Resolves a film's colour matches for its timeline: which matched shot is drawn through which baked LUT. Reuses the
/// last resolution when nothing it depends on changed (every group's members, settings and references, each shot's
/// still and framing), and otherwise measures the film (<see cref="LookSurvey"/>), keeping LUTs already baked.
/// </summary>
public static class ColourMatching
{
    /// <summary>The film with <see cref="Film.ColourMatches"/> set (empty when nothing is matched); as it is when already set.</summary>
    public static Film Resolve(Film film, Timeline timeline, FileHashes hashes, CancellationToken cancellation = default) =>
        ResolveMeasuring(film, timeline, hashes, cancellation).Film;

    /// <summary>
    /// As <see cref="Resolve"/>, also handing back the survey when resolving had to measure the film (null when the
    /// last resolution was reused or nothing is matched), so a caller that needs the survey anyway measures once.
    /// </summary>
    public static (Film Film, FilmLook? Surveyed) ResolveMeasuring(Film film, Timeline timeline, FileHashes hashes, CancellationToken cancellation = default)
    {
        if (film.ColourMatches is not null)
        {
            return (film, null);
        }
        var groups = LookGroups.Of(film);
        if (!groups.Any(g => g.Matched.Any()))
        {
            return (film with { ColourMatches = new Dictionary<string, ColourMatch>() }, null);
        }
        var cache = new MatchCache(film.Project.CacheDirectory);
        var planKey = PlanKey(film, timeline, groups, hashes);
        if (cache.TryLoadPlan(planKey) is { } known)
        {
            return (film with { ColourMatches = known }, null);
        }
        var (look, matches) = Survey(film, timeline, hashes, cancellation);
        return (film with { ColourMatches = matches }, look);
    }

    /// <summary>
    /// Measures the film (<see cref="LookSurvey"/>) and records what it found: the LUTs not baked yet, and which shot
    /// uses which, so the renders that follow measure nothing.
    /// </summary>
    public static (FilmLook Look, IReadOnlyDictionary<string, ColourMatch> Matches) Survey(Film film, Timeline timeline, FileHashes hashes, CancellationToken cancellation = default)
    {
        var look = LookSurvey.Run(film, timeline, hashes, cancellation);
        var cache = new MatchCache(film.Project.CacheDirectory);
        var matches = cache.Save(look);
        cache.SavePlan(PlanKey(film, timeline, LookGroups.Of(film), hashes), matches);
        return (look, matches);
    }

    private static string PlanKey(Film film, Timeline timeline, IReadOnlyList<LookGroup> groups, FileHashes hashes)
    {
        var crops = new CropKey(film, hashes);
        var segments = timeline.ShotsById();
        var inputs = new List<FingerprintInput> { FingerprintInput.Text("version", LookSurvey.Version) };
        foreach (var group in groups)
        {
            inputs.Add(FingerprintInput.Value($"group {group.Name}", new
            {
                group.Reference,
                Members = group.Members.Select(m => new { m.Shot.Id, m.Match, Crop = segments.TryGetValue(m.Shot.Id, out var s) ? crops.Of(s) : null }),
            }));
        }
        return Fingerprint.Of(inputs).Sha256;
    }
}
