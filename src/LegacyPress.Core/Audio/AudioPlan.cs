using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;

namespace LegacyPress.Core.Audio;

/// <summary>
/// Everything the film's soundtrack is made of, placed in film seconds: dialogue clips, effect clips and
/// music placements (with the exact ducking envelope). The mixer only executes this.
/// </summary>
public sealed record AudioPlan(
    double DurationSeconds,
    IReadOnlyList<AudioClip> Dialogue,
    IReadOnlyList<AudioClip> Effects,
    IReadOnlyList<MusicPlacement> Music,
    LoudnessTarget Loudness);

/// <summary>One sound placed on the film: where it comes from, when it starts, how loud, and at most how long.</summary>
public sealed record AudioClip(string Label, AudioSource Source, double StartSeconds, double GainDb, double? MaxSeconds);

/// <summary>Where a clip's samples come from.</summary>
public abstract record AudioSource
{
    /// <summary>An audio file (absolute path): recorded narration, synthesised speech, a sound-effect file.</summary>
    public sealed record File(string FullPath) : AudioSource;

    /// <summary>A sound synthesised from scratch by name.</summary>
    public sealed record Synth(string Effect, double DurationSeconds, double Pitch, double Intensity, int Seed) : AudioSource;

    /// <summary>A sound effect generated from a description (its chosen take's file, absolute), level-matched like a synth's.</summary>
    public sealed record Generated(string FullPath, double DurationSeconds) : AudioSource;
}

/// <summary>A music track laid on the film between two times, with its envelope under narration.</summary>
public sealed record MusicPlacement(MusicTrack Track, string FullPath, double StartSeconds, double EndSeconds, DuckingEnvelope? Ducking);
