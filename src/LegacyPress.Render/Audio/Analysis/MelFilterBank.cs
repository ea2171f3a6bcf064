namespace LegacyPress.Render.Audio.Analysis;

/// <summary>Triangular filters evenly spaced on the mel scale (HTK formula), mapping an FFT power spectrum to band powers.</summary>
internal sealed class MelFilterBank
{
    // Per band: the first FFT bin it covers and its weights from there.
    private readonly int[] firstBins;
    private readonly double[][] weights;

    public MelFilterBank(int bandCount, int fftSize, int sampleRateHz, double lowHz, double highHz)
    {
        var mels = new double[bandCount + 2];
        var lowMel = Mel(lowHz);
        var highMel = Mel(highHz);
        for (var i = 0; i < mels.Length; i++)
        {
            mels[i] = Hz(lowMel + ((highMel - lowMel) * i / (bandCount + 1)));
        }
        var binHz = (double)sampleRateHz / fftSize;
        firstBins = new int[bandCount];
        weights = new double[bandCount][];
        for (var band = 0; band < bandCount; band++)
        {
            double left = mels[band], centre = mels[band + 1], right = mels[band + 2];
            var first = (int)Math.Floor(left / binHz);
            var last = Math.Min(fftSize / 2, (int)Math.Ceiling(right / binHz));
            var w = new double[last - first + 1];
            for (var bin = first; bin <= last; bin++)
            {
                var f = bin * binHz;
                w[bin - first] = f <= centre ? Math.Max(0, (f - left) / (centre - left)) : Math.Max(0, (right - f) / (right - centre));
            }
            // Low bands narrower than a bin would otherwise see nothing; give each band at least its nearest bin.
            if (w.All(x => x == 0))
            {
                w[Math.Clamp((int)Math.Round(centre / binHz) - first, 0, w.Length - 1)] = 1;
            }
            firstBins[band] = first;
            weights[band] = w;
        }
        CentreHz = [.. mels.Skip(1).Take(bandCount)];
    }

    public int BandCount => weights.Length;

    public IReadOnlyList<double> CentreHz { get; }

    public void Apply(ReadOnlySpan<double> power, Span<double> bands)
    {
        for (var band = 0; band < weights.Length; band++)
        {
            var w = weights[band];
            var first = firstBins[band];
            var sum = 0.0;
            for (var i = 0; i < w.Length; i++)
            {
                sum += w[i] * power[first + i];
            }
            bands[band] = sum;
        }
    }

    private static double Mel(double hz) => 2595 * Math.Log10(1 + (hz / 700));

    private static double Hz(double mel) => 700 * (Math.Pow(10, mel / 2595) - 1);
}
