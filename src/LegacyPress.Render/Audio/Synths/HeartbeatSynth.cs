using LegacyPress.Render.Audio.Dsp;

namespace LegacyPress.Render.Audio.Synths;

/// <summary>A heartbeat: "lub-dub" pairs of low thumps at a resting 60–70 bpm, faster as intensity rises.</summary>
public sealed class HeartbeatSynth : SoundSynth
{
    private const double FirstBeatSeconds = 0.05;
    private const double DubDelaySeconds = 0.28;

    /// <summary>Room a beat needs after its start so the dub is heard whole.</summary>
    private const double BeatLengthSeconds = 0.45;

    public override string Name => "heartbeat";

    public override double DefaultDurationSeconds => 4.0;

    /// <summary>The heart rate: 60 bpm at intensity 0 up to 70 bpm at intensity 1 and above.</summary>
    public static double BeatsPerMinute(double intensity) => 60 + (10 * Math.Clamp(intensity, 0, 1));

    protected override void Render(StereoBuffer output, SynthParameters p, DeterministicRandom random)
    {
        double periodSeconds = 60 / BeatsPerMinute(p.Intensity);
        var jitter = random.Fork(1);
        var texture = random.Fork(2);
        var lub = new ThumpShape(p.Pitch * 85, p.Pitch * 52, 0.03, 0.008, 0.06);
        var dub = new ThumpShape(p.Pitch * 100, p.Pitch * 66, 0.025, 0.006, 0.045);
        for (double beat = FirstBeatSeconds; beat + BeatLengthSeconds <= p.DurationSeconds; beat += periodSeconds)
        {
            double lubAt = beat + jitter.Range(-0.006, 0.006);
            double strength = jitter.Range(0.9, 1.0);
            Thump.AddTo(output, SampleAt(lubAt), lub, strength, 0);
            Thump.AddTo(output, SampleAt(lubAt + DubDelaySeconds), dub, 0.65 * strength, 0);

            // A little muffled noise gives the thumps the soft texture of sound through a chest.
            double bodyHz = p.Pitch * (120 + (120 * p.Drive));
            NoiseBurst.AddTo(output, SampleAt(lubAt), 0.04, Biquad.Lowpass(bodyHz, 0.7), texture, 0.35, 0);
            NoiseBurst.AddTo(output, SampleAt(lubAt + DubDelaySeconds), 0.03, Biquad.Lowpass(bodyHz, 0.7), texture, 0.25, 0);
        }
    }
}
