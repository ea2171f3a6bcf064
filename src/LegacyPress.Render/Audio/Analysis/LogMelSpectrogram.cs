using NWaves.Filters.Fda;
using NWaves.Transforms;
using NWaves.Windows;

namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// A mono signal's short-time spectrum on a mel scale, log-compressed: the one picture of the music every later
/// measure reads (onsets, downbeats, sections). 22.05 kHz, a 2048-sample Hann window every 256 samples (11.6 ms,
/// fine enough to place a cut within a video frame), 40 mel bands from 30 Hz to 8 kHz, log10(1 + 100·magnitude).
/// The FFT, window and filter bank are NWaves'.
/// </summary>
public sealed class LogMelSpectrogram
{
    public const int SampleRate = 22050;
    public const int WindowSamples = 2048;
    public const int HopSamples = 256;
    public const int Bands = 40;

    /// <summary>Bands below this (the kick drum, the bass) are the ones a bar's first beat is usually heard in.</summary>
    public const int LowBands = 6;

    private LogMelSpectrogram(float[][] frames) => Frames = frames;

    /// <summary>Frame t is centred on sample t·<see cref="HopSamples"/>; each holds <see cref="Bands"/> values.</summary>
    public float[][] Frames { get; }

    public int Count => Frames.Length;

    public static double FramesPerSecond => (double)SampleRate / HopSamples;

    public static double SecondsOf(double frame) => frame * HopSamples / SampleRate;

    public static LogMelSpectrogram Of(ReadOnlySpan<float> samples)
    {
        var fft = new RealFft(WindowSamples);
        var window = Window.OfType(WindowType.Hann, WindowSamples);
        var bank = FilterBanks.Triangular(WindowSamples, SampleRate, FilterBanks.MelBands(Bands, SampleRate, 30, 8000));
        var count = (samples.Length + HopSamples - 1) / HopSamples;
        var frames = new float[count][];
        var block = new float[WindowSamples];
        var magnitude = new float[(WindowSamples / 2) + 1];
        for (var t = 0; t < count; t++)
        {
            var first = (t * HopSamples) - (WindowSamples / 2);
            for (var i = 0; i < WindowSamples; i++)
            {
                var s = first + i;
                block[i] = s >= 0 && s < samples.Length ? samples[s] * window[i] : 0;
            }
            fft.MagnitudeSpectrum(block, magnitude, normalize: false);
            var bands = new float[Bands];
            FilterBanks.Apply(bank, magnitude, bands);
            for (var b = 0; b < Bands; b++)
            {
                bands[b] = MathF.Log10(1 + (100 * bands[b]));
            }
            frames[t] = bands;
        }
        return new LogMelSpectrogram(frames);
    }
}
