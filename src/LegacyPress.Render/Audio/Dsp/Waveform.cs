namespace LegacyPress.Render.Audio.Dsp;

/// <summary>Shapes an <see cref="Oscillator"/> can produce.</summary>
public enum Waveform
{
    Sine,
    Triangle,
    Saw,
    Square,
}
