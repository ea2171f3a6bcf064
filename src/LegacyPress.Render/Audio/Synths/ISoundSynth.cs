namespace LegacyPress.Render.Audio.Synths;

/// <summary>A sound-effect generator: one class per kind, registered in <see cref="SoundSynths"/>.</summary>
public interface ISoundSynth
{
    /// <summary>The name a film's audio cue uses, such as "whoosh".</summary>
    string Name { get; }

    double DefaultDurationSeconds { get; }

    /// <summary>Deterministic for a seed; peak about −3 dBFS at intensity 1, no DC, no clicks at the edges.</summary>
    StereoBuffer Synthesize(SynthParameters p);
}
