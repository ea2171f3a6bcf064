using LegacyPress.Render.Audio;
using LegacyPress.TestSupport.Measurement;

namespace LegacyPress.Render.Tests.Audio;

/// <summary>Measurements a listener would care about, taken on real samples: levels, envelopes, onsets, brightness.</summary>
internal static class Acoustics
{
    private const int FrameSize = 4096;

    public static double[] Mono(StereoBuffer buffer)
    {
        var mono = new double[buffer.Length];
        for (int i = 0; i < mono.Length; i++)
        {
            mono[i] = 0.5 * (buffer.Left[i] + buffer.Right[i]);
        }

        return mono;
    }

    public static double Db(double amplitude) => 20 * Math.Log10(Math.Max(amplitude, 1e-12));

    public static double PeakDbfs(StereoBuffer buffer) => Db(buffer.PeakAbsolute());

    /// <summary>RMS level in dBFS of both channels between two times.</summary>
    public static double RmsDb(StereoBuffer buffer, double fromSeconds, double toSeconds) => SampleLevels.RmsDb(buffer, fromSeconds, toSeconds);

    /// <summary>RMS levels in dBFS of consecutive windows.</summary>
    public static double[] WindowRmsDb(StereoBuffer buffer, double windowSeconds, double fromSeconds = 0, double? toSeconds = null)
    {
        double end = toSeconds ?? buffer.DurationSeconds;
        int count = (int)Math.Floor((end - fromSeconds) / windowSeconds);
        return Enumerable.Range(0, count)
            .Select(k => RmsDb(buffer, fromSeconds + (k * windowSeconds), fromSeconds + ((k + 1) * windowSeconds)))
            .ToArray();
    }

    public static double ChannelEnergy(float[] channel, double fromSeconds, double toSeconds)
    {
        int from = (int)(fromSeconds * StereoBuffer.SampleRate);
        int to = Math.Min((int)(toSeconds * StereoBuffer.SampleRate), channel.Length);
        double sum = 0;
        for (int i = from; i < to; i++)
        {
            sum += channel[i] * channel[i];
        }

        return sum;
    }

    /// <summary>Times of the sample with the largest magnitude.</summary>
    public static double PeakTimeSeconds(StereoBuffer buffer)
    {
        int best = 0;
        float peak = -1;
        for (int i = 0; i < buffer.Length; i++)
        {
            float value = Math.Max(Math.Abs(buffer.Left[i]), Math.Abs(buffer.Right[i]));
            if (value > peak)
            {
                peak = value;
                best = i;
            }
        }

        return (double)best / StereoBuffer.SampleRate;
    }

    /// <summary>Onset times: 5 ms frames whose level jumps <paramref name="riseDb"/> above that 10 ms earlier, within 30 dB of the loudest frame.</summary>
    public static IReadOnlyList<double> OnsetTimes(StereoBuffer buffer, double minGapSeconds, double riseDb = 9)
    {
        const double frameSeconds = 0.005;
        var levels = WindowRmsDb(buffer, frameSeconds);
        double loudest = levels.Max();
        var onsets = new List<double>();
        double lastOnset = double.NegativeInfinity;
        for (int k = 2; k < levels.Length; k++)
        {
            double t = k * frameSeconds;
            if (levels[k] - levels[k - 2] > riseDb && levels[k] > loudest - 30 && t - lastOnset >= minGapSeconds)
            {
                onsets.Add(t);
                lastOnset = t;
            }
        }

        return onsets;
    }

    /// <summary>Note onsets by spectral flux: frames whose spectrum gains energy sharply, even over earlier notes still ringing.</summary>
    public static IReadOnlyList<double> SpectralOnsetTimes(StereoBuffer buffer, double minGapSeconds)
    {
        const int size = 1024;
        const int hop = 256;
        var mono = Mono(buffer);
        var previous = new double[(size / 2) + 1];
        var flux = new List<double>();
        var real = new double[size];
        var imaginary = new double[size];
        for (int start = 0; start + size <= mono.Length; start += hop)
        {
            for (int i = 0; i < size; i++)
            {
                real[i] = mono[start + i] * (0.5 - (0.5 * Math.Cos(2 * Math.PI * i / (size - 1))));
                imaginary[i] = 0;
            }

            Fft.Transform(real, imaginary);
            double rise = 0;
            for (int bin = 0; bin < previous.Length; bin++)
            {
                double magnitude = Math.Sqrt((real[bin] * real[bin]) + (imaginary[bin] * imaginary[bin]));
                rise += Math.Max(0, magnitude - previous[bin]);
                previous[bin] = magnitude;
            }

            flux.Add(rise);
        }

        double threshold = 0.1 * flux.Max();
        var onsets = new List<double>();
        double lastOnset = double.NegativeInfinity;
        for (int k = 1; k + 1 < flux.Count; k++)
        {
            double t = (double)((k * hop) + (size / 2)) / StereoBuffer.SampleRate;
            bool isPeak = flux[k] >= flux[k - 1] && flux[k] > flux[k + 1];
            if (isPeak && flux[k] > threshold && t - lastOnset >= minGapSeconds)
            {
                onsets.Add(t);
                lastOnset = t;
            }
        }

        return onsets;
    }

    /// <summary>Magnitude-weighted mean frequency of the whole signal (Hann-windowed 4096-point frames, half overlap).</summary>
    public static double SpectralCentroidHz(StereoBuffer buffer, double fromSeconds = 0, double? toSeconds = null)
    {
        var mono = Mono(buffer);
        int from = (int)(fromSeconds * StereoBuffer.SampleRate);
        int to = Math.Min(mono.Length, (int)((toSeconds ?? buffer.DurationSeconds) * StereoBuffer.SampleRate));
        var magnitudes = new double[(FrameSize / 2) + 1];
        var real = new double[FrameSize];
        var imaginary = new double[FrameSize];
        for (int start = from; start + FrameSize <= to; start += FrameSize / 2)
        {
            for (int i = 0; i < FrameSize; i++)
            {
                double hann = 0.5 - (0.5 * Math.Cos(2 * Math.PI * i / (FrameSize - 1)));
                real[i] = mono[start + i] * hann;
                imaginary[i] = 0;
            }

            Fft.Transform(real, imaginary);
            for (int bin = 0; bin < magnitudes.Length; bin++)
            {
                magnitudes[bin] += Math.Sqrt((real[bin] * real[bin]) + (imaginary[bin] * imaginary[bin]));
            }
        }

        double weighted = 0;
        double total = 0;
        for (int bin = 1; bin < magnitudes.Length; bin++)
        {
            double hz = (double)bin * StereoBuffer.SampleRate / FrameSize;
            weighted += hz * magnitudes[bin];
            total += magnitudes[bin];
        }

        return total > 0 ? weighted / total : 0;
    }
}
