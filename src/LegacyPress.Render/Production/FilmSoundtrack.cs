using LegacyPress.Core.Audio;
using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Mixing;

namespace LegacyPress.Render.Production;

/// <summary>The prepared film's soundtrack: planned from its timeline, mixed, normalised, cached in the project.</summary>
public static class FilmSoundtrack
{
    /// <summary>Where the film's finished mix is kept between commands (render, trailer, release reuse it).</summary>
    public static string CachedMixPath(ProjectInfo project, string name = "film") =>
        Path.Combine(project.CacheDirectory, "mix", $"{name}.wav");

    public static AudioPlan Plan(PreparedFilm prepared) =>
        AudioPlanner.Plan(prepared.Film, prepared.Timeline, prepared.NarrationFiles);

    /// <exception cref="Tools.ExternalToolException">ffmpeg is missing or could not decode or normalise.</exception>
    public static Task<SoundtrackResult> BuildAsync(PreparedFilm prepared, string mixPath, string? stemsDirectory, CancellationToken cancellation) =>
        new SoundtrackBuilder().BuildAsync(Plan(prepared), mixPath, stemsDirectory, cancellation);
}
