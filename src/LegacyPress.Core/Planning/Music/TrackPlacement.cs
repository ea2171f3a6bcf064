using LegacyPress.Core.Model;

namespace LegacyPress.Core.Planning.Music;

/// <summary>
/// Where a music track's file times fall on the film, as the mixer plays it: the file from <c>offset</c> starts at
/// the track's <c>start</c>; a looping track repeats [offset, file end); <c>end</c> (else the file's end, else the
/// horizon) stops it.
/// </summary>
internal sealed class TrackPlacement(MusicTrack track, double fileSeconds, double horizonSeconds)
{
    private double LoopSeconds => fileSeconds - track.OffsetSeconds;

    private double EndOnFilm => Math.Min(
        track.EndSeconds ?? double.PositiveInfinity,
        track.Loop ? horizonSeconds : track.StartSeconds + LoopSeconds);

    /// <summary>Each file time's film times, in order (several when the track loops), within where the track plays.</summary>
    public IEnumerable<double> OnFilm(IReadOnlyList<double> fileTimes)
    {
        if (LoopSeconds <= 0)
        {
            yield break;
        }
        var end = Math.Min(EndOnFilm, horizonSeconds);
        for (var loopStart = track.StartSeconds; loopStart < end; loopStart += LoopSeconds)
        {
            foreach (var fileTime in fileTimes)
            {
                if (fileTime < track.OffsetSeconds)
                {
                    continue;
                }
                var film = loopStart + fileTime - track.OffsetSeconds;
                if (film >= end)
                {
                    break;
                }
                yield return film;
            }
            if (!track.Loop)
            {
                yield break;
            }
        }
    }
}
