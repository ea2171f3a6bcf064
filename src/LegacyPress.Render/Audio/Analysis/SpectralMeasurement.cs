namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// The STFT pass behind every other measure: 2048-sample Hann windows every 256 samples (11.6 ms at 22050 Hz, fine
/// enough that a beat refined between frames lands well inside a video frame), a 40-band mel spectrum in dB for onsets
/// and timbre, and a chroma for harmony.
/// </summary>
internal static class SpectralMeasurement
{
    public const int WindowSamples = 2048;
    public const int HopSamples = 256;
    public const int MelBandCount = 40;
    private const double LowestMelHz = 30;
    private const double HighestMelHz = 8000;
    private const double LowBandsTopHz = 250;
    private const double ChromaLowestHz = 55;
    private const double ChromaHighestHz = 4200;

    // Below this a band is silence: the dB floor keeps the flux from reacting to the last bits of a decay or dither,
    // which would pull onsets toward the leading edge of the window.
    private const double BandFloorDb = -70;

    public static SpectralFeatures Measure(ReadOnlySpan<float> samples, int sampleRateHz, CancellationToken cancellation)
    {
        var frames = (samples.Length / HopSamples) + 1;
        // NWaves' FFT (double precision): the complex spectrum, for power and chroma.
        var fft = new NWaves.Transforms.Fft64(WindowSamples);
        var mel = new MelFilterBank(MelBandCount, WindowSamples, sampleRateHz, LowestMelHz, HighestMelHz);
        var lowBands = mel.CentreHz.Count(hz => hz <= LowBandsTopHz);
        var window = new double[WindowSamples];
        var windowPower = 0.0;
        for (var i = 0; i < WindowSamples; i++)
        {
            window[i] = 0.5 - (0.5 * Math.Cos(2 * Math.PI * i / WindowSamples));
            windowPower += window[i] * window[i];
        }
        var pitchClassOfBin = new int[(WindowSamples / 2) + 1];
        for (var bin = 0; bin < pitchClassOfBin.Length; bin++)
        {
            var hz = (double)bin * sampleRateHz / WindowSamples;
            pitchClassOfBin[bin] = hz < ChromaLowestHz || hz > ChromaHighestHz
                ? -1
                : (((int)Math.Round(12 * Math.Log2(hz / 440)) + 9) % 12 + 12) % 12;
        }

        var onset = new double[frames];
        var lowOnset = new double[frames];
        var loudness = new double[frames];
        var chroma = new float[frames * SpectralFeatures.ChromaBins];
        var melDb = new float[frames * MelBandCount];
        var real = new double[WindowSamples];
        var imaginary = new double[WindowSamples];
        var power = new double[(WindowSamples / 2) + 1];
        var bands = new double[MelBandCount];
        // Power is scaled so a full-scale sine reads about 0 dB whatever the window.
        var scale = 4.0 / (windowPower * WindowSamples);
        for (var frame = 0; frame < frames; frame++)
        {
            if ((frame & 1023) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }
            var start = (frame * HopSamples) - (WindowSamples / 2);
            var energy = 0.0;
            for (var i = 0; i < WindowSamples; i++)
            {
                var at = start + i;
                var x = at >= 0 && at < samples.Length ? samples[at] : 0f;
                energy += x * x;
                real[i] = x * window[i];
                imaginary[i] = 0;
            }
            loudness[frame] = 10 * Math.Log10((energy / WindowSamples) + 1e-12);
            fft.Direct(real, imaginary);
            for (var bin = 0; bin < power.Length; bin++)
            {
                power[bin] = ((real[bin] * real[bin]) + (imaginary[bin] * imaginary[bin])) * scale;
                if (pitchClassOfBin[bin] is var pc and >= 0)
                {
                    chroma[(frame * SpectralFeatures.ChromaBins) + pc] += (float)power[bin];
                }
            }
            mel.Apply(power, bands);
            double flux = 0, lowFlux = 0;
            for (var band = 0; band < MelBandCount; band++)
            {
                var db = (float)Math.Max(BandFloorDb, 10 * Math.Log10(bands[band] + 1e-20));
                melDb[(frame * MelBandCount) + band] = db;
                if (frame > 0)
                {
                    var rise = Math.Max(0, db - melDb[((frame - 1) * MelBandCount) + band]);
                    flux += rise;
                    if (band < lowBands)
                    {
                        lowFlux += rise;
                    }
                }
            }
            onset[frame] = flux / MelBandCount;
            lowOnset[frame] = lowFlux / Math.Max(1, lowBands);
        }
        return new SpectralFeatures((double)sampleRateHz / HopSamples, onset, lowOnset, loudness, chroma, melDb, MelBandCount);
    }
}
