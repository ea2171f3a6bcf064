using System.Globalization;
using LegacyPress.Core.Model;
using LegacyPress.Render.Media;

namespace LegacyPress.Render.Audio.Speech;

/// <summary>
/// Speaks every shot's narration text that has no recorded audio (through the <see cref="SpeechCache"/>) and
/// measures it, so planning can fit <c>duration: auto</c> shots to the real voice rather than a word-count guess.
/// </summary>
public sealed class NarrationSynthesizer(SpeechCache cache, AudioLength audioLength, IProgress<string>? progress = null)
{
    /// <summary>Lines synthesised at once: enough to overlap network waits, few enough not to trip rate limits.</summary>
    public const int MaxParallelSyntheses = 2;

    /// <summary>The spoken audio of every shot whose narration is text only, in film order.</summary>
    public async Task<IReadOnlyList<SynthesizedNarration>> SynthesizeAsync(Film film, CancellationToken ct)
    {
        var lines = SpokenLines(film)
            .Select((shot, index) => (Index: index, Shot: shot, Narration: shot.Narration!, Voice: VoiceOf(film, shot)))
            .ToList();
        var results = new SynthesizedNarration[lines.Count];
        await Parallel.ForEachAsync(
            lines,
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelSyntheses, CancellationToken = ct },
            async (line, token) =>
            {
                CachedSpeech speech;
                try
                {
                    speech = await cache.GetOrSynthesizeAsync(line.Voice, line.Narration.Text!, token).ConfigureAwait(false);
                }
                catch (SpeechSynthesisException e)
                {
                    throw new SpeechSynthesisException($"shot '{line.Shot.Id}': {e.Message}", e);
                }
                double seconds;
                try
                {
                    seconds = await audioLength.MeasureSecondsAsync(speech.FilePath, token).ConfigureAwait(false);
                }
                catch (InvalidOperationException e)
                {
                    throw new SpeechSynthesisException($"shot '{line.Shot.Id}': the synthesised speech cannot be read: {e.Message}", e);
                }
                results[line.Index] = new SynthesizedNarration(line.Shot.Id, speech.FilePath, seconds, speech.FromCache);
                progress?.Report(
                    $"speech {line.Shot.Id}: {(speech.FromCache ? "cached" : $"synthesised with {line.Voice.Engine}")} ({seconds.ToString("0.0", CultureInfo.InvariantCulture)} s)");
            }).ConfigureAwait(false);
        if (results.Length > 0)
        {
            var cached = results.Count(r => r.FromCache);
            progress?.Report($"speech: {results.Length} line{(results.Length == 1 ? "" : "s")}, {cached} from cache, {results.Length - cached} synthesised");
        }
        return results;
    }

    /// <summary>
    /// The film with the measured length of every line already in the cache, and how many lines have not been
    /// spoken yet (those stay timed by word count). Nothing is synthesised, so commands that only plan stay fast
    /// and still agree with the film a render made from the same cache.
    /// </summary>
    public async Task<CachedNarration> MeasureCachedAsync(Film film, CancellationToken ct)
    {
        var measured = new List<SynthesizedNarration>();
        var unspoken = 0;
        foreach (var shot in SpokenLines(film))
        {
            var path = CachedPathOf(film, shot);
            double? seconds = null;
            if (path is not null)
            {
                try
                {
                    seconds = await audioLength.MeasureSecondsAsync(path, ct).ConfigureAwait(false);
                }
                catch (InvalidOperationException)
                {
                    // An unreadable cache file is re-spoken by the next render; until then the line is estimated.
                }
            }
            if (seconds is { } length)
            {
                measured.Add(new SynthesizedNarration(shot.Id, path!, length, FromCache: true));
            }
            else
            {
                unspoken++;
            }
        }
        return new CachedNarration(WithMeasuredNarration(film, measured), unspoken);
    }

    /// <summary>The film with <see cref="Narration.MeasuredSeconds"/> filled in for every synthesised line.</summary>
    public async Task<Film> MeasureAsync(Film film, CancellationToken ct) =>
        WithMeasuredNarration(film, await SynthesizeAsync(film, ct).ConfigureAwait(false));

    /// <summary>The film with each line's measured length written into its shot's narration (records are immutable, so a copy).</summary>
    public static Film WithMeasuredNarration(Film film, IEnumerable<SynthesizedNarration> lines)
    {
        var byShot = lines.ToDictionary(l => l.ShotId, StringComparer.Ordinal);
        return film with
        {
            Acts = film.Acts.Select(act => act with
            {
                Shots = act.Shots.Select(shot =>
                    shot.Narration is { } narration && byShot.TryGetValue(shot.Id, out var line)
                        ? shot with { Narration = narration with { MeasuredSeconds = line.Seconds } }
                        : shot).ToList(),
            }).ToList(),
        };
    }

    /// <summary>The shots whose narration is text to be spoken (no recorded audio), in film order.</summary>
    private static IEnumerable<Shot> SpokenLines(Film film) =>
        film.Shots.Where(s => s.Narration is { AudioPath: null, Text: { } text } && !string.IsNullOrWhiteSpace(text));

    // An unknown voice or engine is check's to report; here it only means the line has never been spoken.
    private string? CachedPathOf(Film film, Shot shot)
    {
        try
        {
            return cache.Find(VoiceOf(film, shot), shot.Narration!.Text!);
        }
        catch (SpeechSynthesisException)
        {
            return null;
        }
    }

    private static Voice VoiceOf(Film film, Shot shot) =>
        film.Voices.TryGetValue(shot.Narration!.VoiceId, out var voice)
            ? voice
            : throw new SpeechSynthesisException($"shot '{shot.Id}': unknown voice '{shot.Narration.VoiceId}'");
}

/// <summary>A film timed from the speech cache: measured where a line was spoken before, and how many lines are still estimated.</summary>
public sealed record CachedNarration(Film Film, int EstimatedLines);

/// <summary>One shot's spoken narration: the cached audio file and its measured length.</summary>
public sealed record SynthesizedNarration(string ShotId, string AudioPath, double Seconds, bool FromCache);
