using LegacyPress.Core.Instrumentation;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;

namespace LegacyPress.Core.Audio;

/// <summary>Pure: from the film, its timeline and the narration audio files, the plan of the soundtrack.</summary>
public static class AudioPlanner
{
    /// <param name="narrationFiles">Absolute audio path per shot id with narration (recorded file or synthesised speech).</param>
    public static AudioPlan Plan(Film film, Timeline timeline, IReadOnlyDictionary<string, string> narrationFiles)
    {
        WorkCounters.CountProject(WorkCounters.AudioPlans, film.Project.Directory);
        var duration = timeline.RuntimeSeconds;
        var dialogue = timeline.Narration
            .Where(n => narrationFiles.ContainsKey(n.ShotId))
            .Select(n => new AudioClip($"narration {n.ShotId}", new AudioSource.File(narrationFiles[n.ShotId]), n.StartSeconds, 0, null))
            .ToList();

        var effects = new List<AudioClip>();
        foreach (var s in timeline.Sounds)
        {
            var cue = s.Cue;
            if (cue.Generated is { } generated)
            {
                // A take not made yet (a plan drawn before preparation, for a picture) has nothing to hear.
                if (generated.AudioPath is { } take)
                {
                    effects.Add(new AudioClip($"generated \"{generated.Text}\" take {generated.Take} in {s.ShotId}", new AudioSource.Generated(take, generated.DurationSeconds), s.StartSeconds, cue.GainDb, generated.DurationSeconds));
                }
                continue;
            }
            AudioSource source = cue.Effect is { } effect
                ? new AudioSource.Synth(effect, cue.DurationSeconds ?? DefaultEffectSeconds(effect), cue.Pitch, cue.Intensity, cue.Seed)
                : new AudioSource.File(film.Project.Resolve(cue.FilePath!));
            effects.Add(new AudioClip($"{cue.Effect ?? Path.GetFileName(cue.FilePath)} in {s.ShotId}", source, s.StartSeconds, cue.GainDb, cue.Effect is null ? cue.DurationSeconds : null));
        }
        foreach (var t in timeline.Transitions)
        {
            if (!TransitionSounds.Defaults.TryGetValue(t.Spec.Kind, out var sound))
            {
                continue;
            }
            var start = timeline.Seconds(t.StartFrame);
            var seconds = timeline.Seconds(t.FrameCount);
            var overridden = timeline.Sounds.Any(s => Math.Abs(s.StartSeconds - start) <= TransitionSounds.OverrideWindowSeconds ||
                                                     Math.Abs(s.StartSeconds - (start + seconds)) <= TransitionSounds.OverrideWindowSeconds);
            if (!overridden)
            {
                effects.Add(new AudioClip($"{sound.Effect} on {t.Spec.Kind}", new AudioSource.Synth(sound.Effect, Math.Max(0.6, seconds * 1.4), 1, 1, t.StartFrame), Math.Max(0, start - seconds * 0.2), sound.GainDb, null));
            }
        }

        var music = film.Music.Select(track =>
        {
            var end = Math.Min(track.EndSeconds ?? duration, duration);
            var envelope = track.Ducking is { } d ? new DuckingEnvelope(timeline.Narration, d) : null;
            return new MusicPlacement(track, film.Project.Resolve(track.FilePath), Math.Min(track.StartSeconds, end), end, envelope);
        }).ToList();

        return new AudioPlan(duration, dialogue, effects.OrderBy(e => e.StartSeconds).ToList(), music, film.Audio.Loudness);
    }

    /// <summary>How long a named effect lasts when a cue does not say.</summary>
    public static double DefaultEffectSeconds(string effect) => effect switch
    {
        "impact" => 2.0,
        "whoosh" => 1.5,
        "clock-tick" => 4.0,
        "heartbeat" => 4.0,
        "shimmer" => 3.0,
        "gear-clank" => 2.5,
        _ => 5.0,
    };
}
