using LegacyPress.Render.Audio.Dsp;

namespace LegacyPress.Render.Audio.Synths;

/// <summary>A magical chime: bell strikes with inharmonic partials at staggered onsets, dusted with high sparkles.</summary>
public sealed class ShimmerSynth : SoundSynth
{
    // Free-free bar modes: the glassy, slightly sour overtones of a glockenspiel or celesta.
    private static readonly double[] BellRatios = [1.0, 2.756, 5.404, 8.933];
    private static readonly double[] BellLevels = [1.0, 0.5, 0.25, 0.12];

    // D minor pentatonic from D6 up: the score's key, so a shimmer never clashes with the music.
    private static readonly double[] NotesHz = [1174.66, 1396.91, 1567.98, 1760.00, 2093.00, 2349.32];

    public override string Name => "shimmer";

    public override double DefaultDurationSeconds => 3.0;

    protected override void Render(StereoBuffer output, SynthParameters p, DeterministicRandom random)
    {
        double T = p.DurationSeconds;
        var choices = random.Fork(1);
        var phases = random.Fork(2);
        int strikes = 5 + (int)Math.Round(3 * Math.Min(p.Drive, 1));
        double spreadSeconds = 0.55 * T;
        double ringSeconds = Math.Min(1.2, T * 0.4);
        for (int s = 0; s < strikes; s++)
        {
            double onset = 0.01 + (spreadSeconds * s / strikes) + choices.Range(0, 0.3 * spreadSeconds / strikes);
            double noteHz = p.Pitch * NotesHz[(int)(choices.NextDouble() * NotesHz.Length)];
            var partials = new Partial[BellRatios.Length];
            for (int k = 0; k < BellRatios.Length; k++)
            {
                partials[k] = new Partial(noteHz * BellRatios[k], BellLevels[k], ringSeconds / (1 + (0.8 * k)));
            }

            ModalStrike.AddTo(output, SampleAt(onset), partials, choices.Range(0.6, 1.0), choices.Range(-0.7, 0.7), phases);
        }

        int sparkles = (int)Math.Round(12 * T * Math.Max(p.Drive, 0.25));
        for (int s = 0; s < sparkles; s++)
        {
            double onset = choices.Range(0.01, 0.75 * T);
            var ping = new Partial(p.Pitch * choices.Range(5000, 10000), 1.0, choices.Range(0.03, 0.08));
            ModalStrike.AddTo(output, SampleAt(onset), [ping], choices.Range(0.05, 0.18), choices.Range(-1, 1), phases);
        }

        // Let the last rings die away rather than be cut by the end of the cue.
        for (int i = 0; i < output.Length; i++)
        {
            float fade = (float)Envelope.Fall(Seconds(i), 0.8 * T, T);
            output.Left[i] *= fade;
            output.Right[i] *= fade;
        }
    }
}
