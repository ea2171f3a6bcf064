using LegacyPress.Render.Look;

namespace LegacyPress.Render.Composition;

/// <summary>How a <see cref="FilmFrameDrawer"/> composes: per-render choices that are not in the film itself.</summary>
public sealed record FilmFrameOptions
{
    /// <summary>Reframe moves for a narrow (vertical/square) frame, keeping each shot's focus point in view (from the preset).</summary>
    public bool ReframeVertical { get; init; }

    /// <summary>The most memory decoded stills may hold while not on screen.</summary>
    public long StillCacheBytes { get; init; } = StillLibrary.DefaultByteBudget;

    /// <summary>
    /// Each matched shot's colour match by shot id (issue 17), applied to its still before texts, transitions and the
    /// film's look. Shots not named here are drawn as they are.
    /// </summary>
    public IReadOnlyDictionary<string, CubeGrader> ShotGrades { get; init; } = new Dictionary<string, CubeGrader>();
}
