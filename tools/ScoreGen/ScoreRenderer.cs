using LegacyPress.Render.Audio;
using LegacyPress.Render.Audio.Dsp;
using LegacyPress.Render.Audio.Synths;
using LegacyPress.Tools.ScoreGen.Voices;

namespace LegacyPress.Tools.ScoreGen;

/// <summary>Plays <see cref="LegacyScore"/> into a stereo buffer: pads, bass, motif, arpeggios, a few effects, reverb, fades.</summary>
public static class ScoreRenderer
{
    /// <summary>Measured with ffmpeg's ebur128, this peak puts the whole score near −20 LUFS integrated.</summary>
    public const double PeakDbfs = -6.0;
    private const int MelodyRootMidi = 67; // roots of the motif sit between G4 and F#5

    public static StereoBuffer Render(int seed, CancellationToken cancellationToken)
    {
        var mix = StereoBuffer.Silence(LegacyScore.TotalSeconds);
        var random = new DeterministicRandom(seed);
        var acts = LegacyScore.Acts;
        AddLegacy(mix, acts[0], random.Fork(1), cancellationToken);
        AddDiscovery(mix, acts[1], random.Fork(2), cancellationToken);
        AddJourney(mix, acts[2], random.Fork(3), cancellationToken);
        AddTransitions(mix, random.Fork(4));

        new SchroederReverb(roomSize: 0.85, damping: 0.45).ApplyTo(mix, wetGain: 0.9, cancellationToken);
        Mastering.RemoveDc(mix);
        ApplyFinalFade(mix);
        Mastering.NormalisePeak(mix, PeakDbfs);
        return mix;
    }

    private static void AddLegacy(StereoBuffer mix, Section act, DeterministicRandom random, CancellationToken cancellationToken)
    {
        for (int k = 0; k < act.Chords.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chord = act.Chords[k];
            double t0 = act.ChordStartSeconds(k);
            AddPad(mix, chord, t0, 0.065, random);
            if (k >= 4)
            {
                BassVoice.AddTo(mix, t0, LegacyScore.ChordSeconds, chord.BassMidi, 0.04, random);
            }

            // Sparse: the motif only every other chord, alone and soft.
            if (k % 2 == 1)
            {
                AddMotif(mix, chord, t0 + (2 * LegacyScore.BeatSeconds), 0.13, octave: 0, stretch: 1.0, random);
            }
        }
    }

    private static void AddDiscovery(StereoBuffer mix, Section act, DeterministicRandom random, CancellationToken cancellationToken)
    {
        for (int k = 0; k < act.Chords.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chord = act.Chords[k];
            double t0 = act.ChordStartSeconds(k);
            double progress = (double)k / act.Chords.Count;
            AddPad(mix, chord, t0, 0.075 + (0.025 * progress), random);
            BassVoice.AddTo(mix, t0, LegacyScore.ChordSeconds, chord.BassMidi, 0.06 + (0.03 * progress), random);
            AddArpeggio(mix, chord, t0, eighths: 16, gain: 0.05 + (0.06 * progress), brightness: 0.3 + (0.5 * progress), random);
            AddMotif(mix, chord, t0 + LegacyScore.BeatSeconds, 0.16, octave: 0, stretch: 1.0, random);
            if (k >= 5)
            {
                // The answer an octave up, half a bar later: the motif starts to echo itself.
                AddMotif(mix, chord, t0 + (5 * LegacyScore.BeatSeconds), 0.08, octave: 1, stretch: 1.0, random);
            }
        }
    }

    private static void AddJourney(StereoBuffer mix, Section act, DeterministicRandom random, CancellationToken cancellationToken)
    {
        int cadence = act.Chords.Count - 3;
        for (int k = 0; k < act.Chords.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chord = act.Chords[k];
            double t0 = act.ChordStartSeconds(k);
            bool full = k < cadence;
            bool last = k == act.Chords.Count - 1;
            double held = last ? LegacyScore.TotalSeconds - t0 : LegacyScore.ChordSeconds;
            AddPad(mix, chord, t0, full ? 0.11 : 0.09, random, held);
            if (full)
            {
                // The top of the pad doubled an octave up: the same harmony, fuller.
                PadVoice.AddTo(mix, t0, held, chord.PadMidi[^1] + 12, 0.05, LegacyScore.PadCutoffHz, random.Fork(k));
                Thump.AddTo(mix, (int)(t0 * StereoBuffer.SampleRate), new ThumpShape(Chord.Hz(chord.BassMidi) * 2, Chord.Hz(chord.BassMidi), 0.05, 0.004, 0.35), 0.25, 0);
                AddArpeggio(mix, chord, t0, eighths: 16, gain: 0.11, brightness: 0.9, random);
                AddMotif(mix, chord, t0 + LegacyScore.BeatSeconds, 0.17, octave: 0, stretch: 1.0, random);
                AddMotif(mix, chord, t0 + LegacyScore.BeatSeconds, 0.07, octave: 1, stretch: 1.0, random);
            }
            else if (k == cadence)
            {
                AddArpeggio(mix, chord, t0, eighths: 8, gain: 0.06, brightness: 0.5, random);
            }

            if (!last)
            {
                BassVoice.AddTo(mix, t0, held, chord.BassMidi, full ? 0.1 : 0.07, random);
            }

            if (k == act.Chords.Count - 2)
            {
                // Home: the motif once more, slower, over the tonic.
                AddMotif(mix, chord, t0 + LegacyScore.BeatSeconds, 0.15, octave: 0, stretch: 1.6, random);
            }
        }
    }

    private static void AddTransitions(StereoBuffer mix, DeterministicRandom random)
    {
        var shimmer = SoundSynths.All["shimmer"];
        var rumble = SoundSynths.All["rumble"];
        int NextSeed() => (int)(random.NextUInt64() >> 33);

        // A chime opens Discovery; a swell and a brighter chime carry us into Journey; a low chime settles the end.
        AddAt(mix, shimmer.Synthesize(new SynthParameters(4.0, Pitch: 1.0, Intensity: 0.6, Seed: NextSeed())), 69.0, 0.10);
        AddAt(mix, rumble.Synthesize(new SynthParameters(10.0, Pitch: 1.0, Intensity: 0.8, Seed: NextSeed())), 131.0, 0.22);
        AddAt(mix, shimmer.Synthesize(new SynthParameters(4.0, Pitch: 1.0, Intensity: 0.8, Seed: NextSeed())), 139.0, 0.12);
        AddAt(mix, shimmer.Synthesize(new SynthParameters(6.0, Pitch: 0.5, Intensity: 0.5, Seed: NextSeed())), 196.0, 0.08);
    }

    private static void AddPad(StereoBuffer mix, Chord chord, double t0, double gain, DeterministicRandom random, double heldSeconds = LegacyScore.ChordSeconds)
    {
        foreach (int note in chord.PadMidi)
        {
            PadVoice.AddTo(mix, t0, heldSeconds, note, gain, LegacyScore.PadCutoffHz, random.Fork(note));
        }
    }

    private static void AddMotif(StereoBuffer mix, Chord chord, double startSeconds, double gain, int octave, double stretch, DeterministicRandom random)
    {
        foreach (var (beat, steps) in LegacyScore.Motif)
        {
            double midi = chord.ScaleNote(steps, MelodyRootMidi) + (12 * octave);
            double at = startSeconds + (beat * LegacyScore.BeatSeconds * stretch);
            BellVoice.AddTo(mix, at, midi, gain * random.Range(0.85, 1.0), random.Range(-0.3, 0.3), ringSeconds: 1.4, random);
        }
    }

    private static void AddArpeggio(StereoBuffer mix, Chord chord, double t0, int eighths, double gain, double brightness, DeterministicRandom random)
    {
        // Up through root, third, fifth, octave over two octaves and back: rising, moving, always in the chord.
        int[] steps = [0, 2, 4, 7, 9, 11, 14, 11, 9, 7, 4, 2, 0, 2, 4, 7];
        for (int e = 0; e < eighths; e++)
        {
            double midi = chord.ScaleNote(steps[e % steps.Length], 57);
            double pan = e % 2 == 0 ? -0.35 : 0.35;
            PluckVoice.AddTo(mix, t0 + (e * LegacyScore.BeatSeconds / 2), midi, gain * random.Range(0.85, 1.0), pan, brightness, random);
        }
    }

    private static void AddAt(StereoBuffer mix, StereoBuffer sound, double atSeconds, double gain)
    {
        int start = (int)(atSeconds * StereoBuffer.SampleRate);
        for (int i = 0; i < sound.Length && start + i < mix.Length; i++)
        {
            mix.Left[start + i] += (float)(sound.Left[i] * gain);
            mix.Right[start + i] += (float)(sound.Right[i] * gain);
        }
    }

    private static void ApplyFinalFade(StereoBuffer mix)
    {
        double fadeStart = LegacyScore.TotalSeconds - LegacyScore.FinalFadeSeconds;
        for (int i = 0; i < mix.Length; i++)
        {
            double t = (double)i / StereoBuffer.SampleRate;
            float gain = (float)(Envelope.Rise(t, 0, 0.5) * Envelope.Fall(t, fadeStart, LegacyScore.TotalSeconds));
            mix.Left[i] *= gain;
            mix.Right[i] *= gain;
        }
    }
}
