using LegacyPress.Render.Audio;
using LegacyPress.Render.Audio.Dsp;

namespace LegacyPress.Tools.ScoreGen.Voices;

/// <summary>A music-box tine: a clear fundamental with a faint octave and the high, fast-dying overtones of a clamped bar.</summary>
public static class BellVoice
{
    private static readonly (double Ratio, double Level, double DecayScale)[] Modes =
    [
        (1.0, 1.0, 1.0),
        (2.0, 0.18, 0.5),
        (3.01, 0.08, 0.3),
        (5.93, 0.12, 0.12),
    ];

    public static void AddTo(StereoBuffer mix, double startSeconds, double midi, double gain, double pan, double ringSeconds, DeterministicRandom random)
    {
        double hz = Chord.Hz(midi);
        var partials = Modes.Select(m => new Partial(hz * m.Ratio, m.Level, ringSeconds * m.DecayScale)).ToArray();
        ModalStrike.AddTo(mix, (int)(startSeconds * StereoBuffer.SampleRate), partials, gain, pan, random);
    }
}
