namespace LegacyPress.Render.Audio.Dsp;

/// <summary>A small stereo Schroeder/Freeverb-style reverb: damped feedback combs in parallel, then allpass diffusers.</summary>
public sealed class SchroederReverb
{
    // Freeverb's mutually prime tunings (at 44.1 kHz), rescaled to 48 kHz; the right channel is offset for width.
    private static readonly int[] CombTuning = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617];
    private static readonly int[] AllpassTuning = [556, 441, 341, 225];
    private const int StereoSpread = 23;

    private readonly Channel _left;
    private readonly Channel _right;

    /// <param name="roomSize">0..1: longer tails as it grows (comb feedback 0.7..0.98).</param>
    /// <param name="damping">0..1: how quickly highs die away in the tail.</param>
    public SchroederReverb(double roomSize, double damping)
    {
        double feedback = 0.7 + (0.28 * Math.Clamp(roomSize, 0, 1));
        double damp = Math.Clamp(damping, 0, 1) * 0.4;
        _left = new Channel(0, feedback, damp);
        _right = new Channel(StereoSpread, feedback, damp);
    }

    /// <summary>Returns the wet signal only; the caller mixes it with the dry one.</summary>
    public (double Left, double Right) Process(double left, double right)
    {
        // Both channels feed both tanks a little so a hard-panned note still blooms in the middle.
        double input = (left + right) * 0.5;
        return (_left.Process((input * 0.5) + (left * 0.5)), _right.Process((input * 0.5) + (right * 0.5)));
    }

    /// <summary>Runs a whole buffer through the reverb and mixes the wet signal in at <paramref name="wetGain"/>.</summary>
    public void ApplyTo(StereoBuffer buffer, double wetGain, CancellationToken cancellationToken = default)
    {
        for (int i = 0; i < buffer.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (wetLeft, wetRight) = Process(buffer.Left[i], buffer.Right[i]);
            buffer.Left[i] += (float)(wetLeft * wetGain);
            buffer.Right[i] += (float)(wetRight * wetGain);
        }
    }

    private static int Scaled(int tuning) => (int)Math.Round(tuning * StereoBuffer.SampleRate / 44100.0);

    private sealed class Channel
    {
        private readonly Comb[] _combs;
        private readonly Allpass[] _allpasses;

        public Channel(int spread, double feedback, double damping)
        {
            _combs = CombTuning.Select(t => new Comb(Scaled(t + spread), feedback, damping)).ToArray();
            _allpasses = AllpassTuning.Select(t => new Allpass(Scaled(t + spread))).ToArray();
        }

        public double Process(double input)
        {
            double sum = 0;
            foreach (var comb in _combs)
            {
                sum += comb.Process(input * 0.015);
            }

            foreach (var allpass in _allpasses)
            {
                sum = allpass.Process(sum);
            }

            return sum;
        }
    }

    private sealed class Comb(int length, double feedback, double damping)
    {
        private readonly double[] _line = new double[length];
        private int _index;
        private double _filtered;

        public double Process(double input)
        {
            double output = _line[_index];
            _filtered = (output * (1 - damping)) + (_filtered * damping);
            _line[_index] = input + (_filtered * feedback);
            _index = (_index + 1) % _line.Length;
            return output;
        }
    }

    private sealed class Allpass(int length)
    {
        private const double Feedback = 0.5;
        private readonly double[] _line = new double[length];
        private int _index;

        public double Process(double input)
        {
            double delayed = _line[_index];
            _line[_index] = input + (delayed * Feedback);
            _index = (_index + 1) % _line.Length;
            return delayed - input;
        }
    }
}
