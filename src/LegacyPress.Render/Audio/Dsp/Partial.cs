namespace LegacyPress.Render.Audio.Dsp;

/// <summary>One decaying sine mode of a struck object: its frequency, its level, and its decay time constant.</summary>
public readonly record struct Partial(double FrequencyHz, double Amplitude, double DecaySeconds);
