using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;

namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// Listens to every music track of a film (and the trailer's own music) before it is planned, so the planner finds
/// each track's beats on <see cref="MusicTrack.Analysis"/>. A track that cannot be listened to is a problem only
/// where the film needs its beats — a <c>snap</c> other than none, a cue on a beat — and is reported at the track;
/// otherwise the film simply has no grid for it.
/// </summary>
public static class FilmMusicListening
{
    /// <summary>
    /// <see cref="ListenAsync(Film, MusicListener, CancellationToken)"/> with the project's own analysis cache,
    /// <c>.legacypress/cache/music</c>: what every preparation path (release, plan, check, still) listens with.
    /// </summary>
    public static Task<(Film Film, IReadOnlyList<Diagnostic> Problems)> ListenAsync(Film film, CancellationToken cancellation) =>
        ListenAsync(film, new MusicListener(MusicAnalysisCache.ForProject(film.Project.CacheDirectory)), cancellation);

    /// <summary>The film with every track that could be listened to analysed, and the problems of the ones the film needs but could not be.</summary>
    public static async Task<(Film Film, IReadOnlyList<Diagnostic> Problems)> ListenAsync(Film film, MusicListener listener, CancellationToken cancellation)
    {
        var problems = new List<Diagnostic>();
        var tracks = new List<MusicTrack>(film.Music.Count);
        foreach (var track in film.Music)
        {
            // The loader measured every file it could read; one it could not (missing, a special file, not audio)
            // it has reported already, and nothing here may open it.
            if (track.FileDurationSeconds is null)
            {
                tracks.Add(track);
                continue;
            }
            try
            {
                var analysis = await listener.ListenAsync(film.Project.Resolve(track.FilePath), track.Grid, track.FilePath, cancellation).ConfigureAwait(false);
                tracks.Add(track with { Analysis = analysis });
            }
            catch (MusicAnalysisException e)
            {
                if (NeedsBeats(film) is { } why)
                {
                    problems.Add(new Diagnostic(track.Location ?? new SourceLocation(film.Project.FilePath, 1, 1), $"music '{track.Id}': {e.Message}; {why} needs its beats"));
                }
                tracks.Add(track);
            }
        }
        var trailer = film.Trailer;
        if (trailer.Music is { FileDurationSeconds: not null } own)
        {
            try
            {
                var analysis = await listener.ListenAsync(film.Project.Resolve(own.FilePath), MusicGridSettings.Default, own.FilePath, cancellation).ConfigureAwait(false);
                trailer = trailer with { Music = own with { Analysis = analysis } };
            }
            catch (MusicAnalysisException)
            {
                // The trailer then cuts as it always did, on its own holds: nothing asked for its beats.
            }
        }
        return (film with { Music = tracks, Trailer = trailer }, problems);
    }

    /// <summary>What in the film asks for beats ("timing.snap", "shot 'x' sfx at a beat"), or null when nothing does.</summary>
    private static string? NeedsBeats(Film film)
    {
        if (film.Timing.Snap is SnapTarget.Beats or SnapTarget.Bars)
        {
            return "timing.snap: " + TimingSnap.Name(film.Timing.Snap);
        }
        foreach (var act in film.Acts)
        {
            if (act.Timing?.Snap is SnapTarget.Beats or SnapTarget.Bars)
            {
                return $"act '{act.Title}' timing";
            }
            foreach (var shot in act.Shots)
            {
                if (shot.Timing?.Snap is SnapTarget.Beats or SnapTarget.Bars)
                {
                    return $"shot '{shot.Id}' timing";
                }
                if (shot.Sounds.Any(s => s.Anchor is MusicAnchor.Beat))
                {
                    return $"shot '{shot.Id}' sfx on a beat";
                }
            }
        }
        return null;
    }
}
