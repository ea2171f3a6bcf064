namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// How strongly something starts at each frame: spectral flux (each band's rise in log magnitude from the frame
/// before, falls ignored) summed over bands, less its local mean over a second, negatives dropped, scaled to unit
/// standard deviation. Peaks are note and drum onsets; their regularity is the beat.
/// </summary>
public static class OnsetEnvelope
{
    /// <summary>Below this spread of flux (log10 units a frame) nothing audible starts anywhere.</summary>
    private const double NoOnsets = 1e-3;

    public static float[] Of(LogMelSpectrogram spectrogram, int firstBand = 0, int bandCount = LogMelSpectrogram.Bands)
    {
        var frames = spectrogram.Frames;
        var flux = new double[frames.Length];
        for (var t = 1; t < frames.Length; t++)
        {
            double rise = 0;
            for (var b = firstBand; b < firstBand + bandCount; b++)
            {
                rise += Math.Max(0, frames[t][b] - frames[t - 1][b]);
            }
            flux[t] = rise;
        }
        var half = (int)Math.Round(LogMelSpectrogram.FramesPerSecond / 2);
        var envelope = new float[flux.Length];
        // A running sum gives each frame's local mean in one pass.
        var prefix = new double[flux.Length + 1];
        for (var t = 0; t < flux.Length; t++)
        {
            prefix[t + 1] = prefix[t] + flux[t];
        }
        for (var t = 0; t < flux.Length; t++)
        {
            var from = Math.Max(0, t - half);
            var to = Math.Min(flux.Length, t + half + 1);
            var mean = (prefix[to] - prefix[from]) / (to - from);
            envelope[t] = (float)Math.Max(0, flux[t] - mean);
        }
        var deviation = Math.Sqrt(envelope.Select(e => (double)e * e).Average());
        if (deviation < NoOnsets)
        {
            // A drone or a held chord: nothing starts, and scaling rounding noise up would invent onsets.
            Array.Clear(envelope);
        }
        else
        {
            for (var t = 0; t < envelope.Length; t++)
            {
                envelope[t] = (float)(envelope[t] / deviation);
            }
        }
        return envelope;
    }
}
