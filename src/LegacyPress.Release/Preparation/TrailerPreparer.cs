using LegacyPress.Core.Planning;
using LegacyPress.Core.Trailer;
using LegacyPress.Render.Audio.Speech;
using LegacyPress.Render.Media;

namespace LegacyPress.Release.Preparation;

/// <summary>
/// Plans the trailer from the prepared film, speaks the sentences it chose, and plans again with their measured
/// lengths, so lines sit on their beats and the mixer gets the audio file of every trailer line. The result is a
/// <see cref="PreparedFilm"/>, so the trailer goes through exactly the film's mixer, captions and renderer.
/// </summary>
public sealed class TrailerPreparer(SpeechCache speech, AudioLength audioLength)
{
    /// <summary>Synthesis then re-planning converges at once: the second plan only replaces estimates with measurements.</summary>
    private const int Rounds = 2;

    /// <exception cref="SpeechSynthesisException">A line could not be spoken.</exception>
    public async Task<(TrailerPlan Plan, PreparedFilm Prepared)> PrepareAsync(PreparedFilm film, TrailerOptions options, CancellationToken cancellation)
    {
        var measured = new Dictionary<string, double>(StringComparer.Ordinal);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        TrailerPlan plan = TrailerPlanner.Plan(film.Film, film.Timeline, options);
        for (var round = 0; round < Rounds; round++)
        {
            files.Clear();
            foreach (var span in plan.Timeline.Narration)
            {
                var (path, seconds) = await SpeakAsync(film, span, cancellation).ConfigureAwait(false);
                files[span.ShotId] = path;
                measured[span.Narration.Text!] = seconds;
            }
            plan = TrailerPlanner.Plan(film.Film, film.Timeline, options with { SpokenSeconds = measured });
        }
        // The final plan's lines were all measured in an earlier round, so each has its file.
        foreach (var span in plan.Timeline.Narration.Where(s => !files.ContainsKey(s.ShotId)))
        {
            files[span.ShotId] = (await SpeakAsync(film, span, cancellation).ConfigureAwait(false)).Path;
        }
        return (plan, new PreparedFilm(plan.Film, plan.Timeline, files));
    }

    private async Task<(string Path, double Seconds)> SpeakAsync(PreparedFilm film, NarrationSpan span, CancellationToken cancellation)
    {
        if (!film.Film.Voices.TryGetValue(span.Narration.VoiceId, out var voice))
        {
            throw new SpeechSynthesisException($"trailer line from '{span.ShotId}': unknown voice '{span.Narration.VoiceId}'");
        }
        var spoken = await speech.GetOrSynthesizeAsync(voice, span.Narration.Text!, cancellation).ConfigureAwait(false);
        return (spoken.FilePath, await audioLength.MeasureSecondsAsync(spoken.FilePath, cancellation).ConfigureAwait(false));
    }
}
