using System.Globalization;
using System.Text;

namespace LegacyPress.Core.Audio;

/// <summary>
/// A canonical, culture-independent text of everything an <see cref="AudioPlan"/> asks the mixer to do, so two plans
/// that would mix the same soundtrack describe identically (the soundtrack cache keys on it). Records' own
/// <c>ToString</c> is not used: it prints lists as type names and numbers in the current culture.
/// </summary>
public static class AudioPlanDescription
{
    public static string Describe(AudioPlan plan)
    {
        var text = new StringBuilder();
        Line(text, $"duration {plan.DurationSeconds:R} loudness {plan.Loudness.IntegratedLufs:R} {plan.Loudness.TruePeakDbtp:R}");
        foreach (var clip in plan.Dialogue.Concat(plan.Effects))
        {
            var source = clip.Source switch
            {
                AudioSource.File f => $"file {f.FullPath}",
                AudioSource.Synth s => $"synth {s.Effect} {s.DurationSeconds:R} {s.Pitch:R} {s.Intensity:R} {s.Seed}",
                AudioSource.Generated g => $"generated {g.FullPath} {g.DurationSeconds:R}",
                _ => throw new ArgumentOutOfRangeException(nameof(plan), clip.Source, "unknown audio source"),
            };
            Line(text, $"clip {clip.Label} | {source} | {clip.StartSeconds:R} {clip.GainDb:R} {clip.MaxSeconds?.ToString("R", CultureInfo.InvariantCulture) ?? "-"}");
        }
        foreach (var music in plan.Music)
        {
            var t = music.Track;
            Line(text, $"music {t.Id} {music.FullPath} {music.StartSeconds:R} {music.EndSeconds:R} {t.OffsetSeconds:R} {t.Loop} {t.GainDb:R} {t.FadeInSeconds:R} {t.FadeOutSeconds:R}");
            foreach (var (seconds, gain) in music.Ducking?.Breakpoints() ?? [])
            {
                Line(text, $"  duck {seconds:R} {gain:R}");
            }
        }
        return text.ToString();
    }

    /// <summary>Every file the plan reads, so a cache can also notice a file replaced under the same name.</summary>
    public static IEnumerable<string> Files(AudioPlan plan) =>
        plan.Dialogue.Concat(plan.Effects).Select(c => c.Source)
            .Select(s => s switch { AudioSource.File f => f.FullPath, AudioSource.Generated g => g.FullPath, _ => null })
            .OfType<string>()
            .Concat(plan.Music.Select(m => m.FullPath))
            .Distinct(StringComparer.Ordinal);

    private static void Line(StringBuilder text, FormattableString line) =>
        text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
