using LegacyPress.Core.Planning;
using LegacyPress.Core.Trailer;
using LegacyPress.Render.Audio.Speech;
using LegacyPress.Render.Media;

namespace LegacyPress.Release.Preparation;

/// <summary>
/// Plans the trailer from the prepared film, speaks the sentences it chose, and plans again with their measured
/// lengths, so lines sit on their beats and the mixer gets the audio file of every trailer line. The result is a
/// <see cref="FilmCut"/>, so the trailer goes through exactly the film's mixer, captions and renderer.
/// </summary>
public sealed class TrailerPreparer(SpeechCache speech, AudioLength audioLength)
{
    /// <summary>
    /// A re-plan only swaps estimates for measurements, so it almost always keeps the same lines and ends at once;
    /// a line it newly chose is spoken and the trailer planned again, at most this many times.
    /// </summary>
    private const int MaxPlans = 4;

    /// <exception cref="SpeechSynthesisException">A line could not be spoken.</exception>
    public async Task<(TrailerPlan Plan, FilmCut Cut)> PrepareAsync(FilmCut film, TrailerOptions options, CancellationToken cancellation)
    {
        var measured = new Dictionary<string, double>(StringComparer.Ordinal);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var plan = TrailerPlanner.Plan(film.Film, film.Timeline, options);
        for (var plans = 1; ; plans++)
        {
            var unspoken = plan.Timeline.Narration.Where(s => !measured.ContainsKey(s.Narration.Text!)).ToList();
            if (unspoken.Count == 0 || plans == MaxPlans)
            {
                break;
            }
            foreach (var span in unspoken)
            {
                var (path, seconds) = await SpeakAsync(film, span, cancellation).ConfigureAwait(false);
                files[span.Narration.Text!] = path;
                measured[span.Narration.Text!] = seconds;
            }
            plan = TrailerPlanner.Plan(film.Film, film.Timeline, options with { SpokenSeconds = measured });
        }
        var byShot = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var span in plan.Timeline.Narration)
        {
            byShot[span.ShotId] = files.TryGetValue(span.Narration.Text!, out var path)
                ? path
                : (await SpeakAsync(film, span, cancellation).ConfigureAwait(false)).Path;
        }
        return (plan, new FilmCut(plan.Film, plan.Timeline, byShot));
    }

    private async Task<(string Path, double Seconds)> SpeakAsync(FilmCut film, NarrationSpan span, CancellationToken cancellation)
    {
        if (!film.Film.Voices.TryGetValue(span.Narration.VoiceId, out var voice))
        {
            throw new SpeechSynthesisException($"trailer line from '{span.ShotId}': unknown voice '{span.Narration.VoiceId}'");
        }
        var spoken = await speech.GetOrSynthesizeAsync(voice, span.Narration.Text!, cancellation).ConfigureAwait(false);
        return (spoken.FilePath, await audioLength.MeasureSecondsAsync(spoken.FilePath, cancellation).ConfigureAwait(false));
    }
}
