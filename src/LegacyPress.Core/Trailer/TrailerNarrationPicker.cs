using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;

namespace LegacyPress.Core.Trailer;

/// <summary>
/// Lays narration over the trailer in whole sentences: pinned lines in their order, or one short line from
/// each shot that has room for it, with a breath between lines and none over the title. A line is never
/// shortened: it is placed whole or left out.
/// </summary>
public static class TrailerNarrationPicker
{
    /// <summary>Where a shot of the trailer is on screen, in trailer seconds.</summary>
    public sealed record Placed(ShotSegment Source, double StartSeconds, double HoldSeconds);

    public static IReadOnlyList<NarrationSpan> Pick(
        Film film,
        IReadOnlyList<Placed> shots,
        double titleStartSeconds,
        double runtimeSeconds,
        IReadOnlyDictionary<string, double> spokenSeconds,
        List<string> notes)
    {
        var spans = new List<NarrationSpan>();
        var cursor = 0.0;
        var shotsById = film.Shots.ToDictionary(s => s.Id, StringComparer.Ordinal);

        if (film.Trailer.Lines is { } pinned)
        {
            foreach (var line in pinned)
            {
                var source = shotsById[line.ShotId];
                var anchor = shots.FirstOrDefault(p => p.Source.Shot.Id == line.ShotId) is { } on ? on.StartSeconds + TrailerShape.LineDelaySeconds : 0;
                var (seconds, measured) = Length(source.Narration!, line.Text, film.NarrationTiming, spokenSeconds);
                var start = Math.Max(cursor, anchor);
                if (start + seconds > runtimeSeconds)
                {
                    notes.Add($"trailer line '{line.Text}' ({Format(seconds)} s) does not fit before the trailer ends and was left out");
                    continue;
                }
                spans.Add(Span(spans, source, line.Text, start, seconds, measured));
                cursor = start + seconds + TrailerShape.LineGapSeconds;
            }
            return spans;
        }

        foreach (var placed in shots)
        {
            if (placed.Source.Shot.Narration is not { AudioPath: null, Text: { } text } narration)
            {
                continue;
            }
            var start = Math.Max(cursor, placed.StartSeconds + TrailerShape.LineDelaySeconds);
            // A line starts while its own picture is on screen, and ends before the title card.
            if (start >= placed.StartSeconds + placed.HoldSeconds)
            {
                continue;
            }
            var limit = Math.Min(TrailerShape.MaxLineSeconds, titleStartSeconds - TrailerShape.LineClearOfTitleSeconds - start);
            var best = Sentences.Split(text)
                .Where(s => Sentences.Words(s) >= TrailerShape.MinLineWords)
                .Select(s => (Text: s, Words: Sentences.Words(s), Length: Length(narration, s, film.NarrationTiming, spokenSeconds)))
                .Where(c => c.Length.Seconds <= limit)
                .OrderBy(c => c.Words)
                .FirstOrDefault();
            if (best.Text is null)
            {
                continue;
            }
            spans.Add(Span(spans, placed.Source.Shot, best.Text, start, best.Length.Seconds, best.Length.Measured));
            cursor = start + best.Length.Seconds + TrailerShape.LineGapSeconds;
        }
        return spans;
    }

    /// <summary>
    /// A sentence's spoken length: measured when it has been synthesised alone; else its share (by characters) of
    /// its whole line's measured length; else the words-per-second estimate.
    /// </summary>
    public static (double Seconds, bool Measured) Length(Narration line, string sentence, NarrationTiming timing, IReadOnlyDictionary<string, double> spokenSeconds)
    {
        if (spokenSeconds.TryGetValue(sentence, out var spoken))
        {
            return (spoken, true);
        }
        if (line.MeasuredSeconds is { } whole && Sentences.Normalize(line.Text ?? "") is { Length: > 0 } all)
        {
            return (whole * sentence.Length / all.Length, false);
        }
        var piece = line with { Text = sentence, MeasuredSeconds = null };
        return (TimelinePlanner.NarrationLength(piece, timing).Seconds, false);
    }

    private static NarrationSpan Span(List<NarrationSpan> spans, Shot source, string text, double start, double seconds, bool measured)
    {
        // The audio planner finds each line's file by this key, so two lines from one shot need two keys.
        var key = source.Id;
        for (var n = 2; spans.Any(s => s.ShotId == key); n++)
        {
            key = $"{source.Id}#{n}";
        }
        var narration = new Narration(text, null, source.Narration!.VoiceId, measured ? seconds : null);
        return new NarrationSpan(key, narration, start, seconds, !measured);
    }

    private static string Format(double seconds) => seconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
