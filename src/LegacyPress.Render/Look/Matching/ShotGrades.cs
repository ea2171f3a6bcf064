using System.Collections.Concurrent;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Release;

namespace LegacyPress.Render.Look.Matching;

/// <summary>
/// The graders a frame drawer applies per shot: each matched shot's baked LUT, loaded once per process (a LUT file
/// never changes under its key, so every drawer of a run shares it).
/// </summary>
public static class ShotGrades
{
    private static readonly ConcurrentDictionary<string, Lazy<CubeGrader>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The graders by shot id; resolves the film's matches first when preparation has not.</summary>
    public static IReadOnlyDictionary<string, CubeGrader> For(Film film, Timeline timeline)
    {
        var matches = film.ColourMatches ?? ColourMatching.Resolve(film, timeline, new FileHashes()).ColourMatches!;
        return matches.ToDictionary(
            m => m.Key,
            m => Loaded.GetOrAdd(m.Value.Key, _ => new Lazy<CubeGrader>(() => new CubeGrader(CubeLut.Load(m.Value.CubePath)))).Value,
            StringComparer.Ordinal);
    }
}
