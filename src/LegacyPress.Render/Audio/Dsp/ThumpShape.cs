namespace LegacyPress.Render.Audio.Dsp;

/// <summary>The shape of a low sine thump: a pitch that falls from a start to an end frequency, and its envelope.</summary>
public readonly record struct ThumpShape(double StartHz, double EndHz, double PitchDropSeconds, double AttackSeconds, double DecaySeconds);
