namespace LegacyPress.Core.Loading;

/// <summary>Bounds on film.yaml's times, so an absurd number is a located message, not an overflow downstream. Documented in docs/limits.md.</summary>
public static class FilmLimits
{
    /// <summary>The longest film (and so the longest shot, transition, offset or sound): 4 hours.</summary>
    public const double MaxRuntimeSeconds = 4 * 60 * 60;

    public static string MaxRuntimeText => $"{MappingReader.Format(MaxRuntimeSeconds)} s (4 hours)";
}
