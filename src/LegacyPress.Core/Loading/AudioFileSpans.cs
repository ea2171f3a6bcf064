namespace LegacyPress.Core.Loading;

/// <summary>
/// How film.yaml's times fit the audio files they cut: an <c>offset</c> inside the file, a cue's <c>duration</c> no
/// longer than its file, fades within what a track plays. Checked where the loader has just measured the file, so
/// <c>check</c> reports what the mix would otherwise do without a word — an offset past the end plays silence.
/// Documented in docs/limits.md.
/// </summary>
internal static class AudioFileSpans
{
    /// <summary>ffprobe's length and a hand-typed one may differ by a packet; less than this is the same length.</summary>
    private const double SameLengthSeconds = 0.05;

    /// <summary>Reports an <c>offset</c> that leaves nothing of the file to play.</summary>
    public static void Offset(MappingReader map, string path, double offset, double? fileSeconds)
    {
        if (fileSeconds is { } length && offset >= length)
        {
            map.Error("offset", $"'offset' ({Seconds(offset)}) is {(offset > length ? "past" : "at")} the end of '{path}' ({Seconds(length)} long), so nothing of it would play");
        }
    }

    /// <summary>Reports a sound file cue's <c>duration</c> (how much of the file plays) longer than the file itself.</summary>
    public static void Trim(MappingReader map, string path, double? duration, double? fileSeconds)
    {
        if (duration is { } wanted && fileSeconds is { } length && wanted > length + SameLengthSeconds)
        {
            map.Error("duration", $"'duration' ({Seconds(wanted)}) is longer than '{path}' ({Seconds(length)}); a sound file plays at most its own length (leave 'duration' out to play all of it)");
        }
    }

    /// <summary>
    /// How long a music track plays, when the file and film.yaml alone say: its file from <c>offset</c> (unless looped),
    /// cut at <c>end</c>. Null when only the film's end bounds it.
    /// </summary>
    public static double? MusicPlays(double? fileSeconds, double offset, bool loop, double start, double? end)
    {
        var fromFile = loop ? null : fileSeconds - offset;
        var fromSpan = end - start;
        return fromFile is { } f && fromSpan is { } s ? Math.Min(f, s) : fromFile ?? fromSpan;
    }

    /// <summary>
    /// Reports written fades that, with the other fade, outlast what the track plays: it would never reach its gain.
    /// Fades nobody wrote are not judged — a short sting placed as music keeps working with the defaults.
    /// </summary>
    public static void Fades(MappingReader map, double fadeIn, double fadeOut, double? playsSeconds)
    {
        var key = map.Has("fade_in") ? "fade_in" : map.Has("fade_out") ? "fade_out" : null;
        if (key is not null && playsSeconds is { } plays && plays > 0 && fadeIn + fadeOut > plays + SameLengthSeconds)
        {
            // The other fade may be the default; say so, or the message names a number nobody typed.
            var fades = $"'fade_in' ({Seconds(fadeIn)}{Default(map, "fade_in")}) and 'fade_out' ({Seconds(fadeOut)}{Default(map, "fade_out")})";
            map.Error(key, $"{fades} together last longer than the {Seconds(plays)} the track plays, so it would never reach its 'gain_db'; shorten the fades");
        }
    }

    private static string Default(MappingReader map, string key) => map.Has(key) ? "" : ", the default";

    private static string Seconds(double seconds) => $"{MappingReader.Format(seconds)} s";
}
