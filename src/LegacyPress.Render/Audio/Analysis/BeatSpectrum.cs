namespace LegacyPress.Render.Audio.Analysis;

/// <summary>The mean log-mel spectrum between two frame positions: what one beat sounds like, for bar and section cues.</summary>
internal static class BeatSpectrum
{
    public static double[] Mean(LogMelSpectrogram spectrogram, double fromFrame, double toFrame)
    {
        var mean = new double[LogMelSpectrogram.Bands];
        var from = Math.Clamp((int)Math.Round(fromFrame), 0, spectrogram.Count - 1);
        var to = Math.Clamp((int)Math.Round(toFrame), from + 1, spectrogram.Count);
        for (var t = from; t < to; t++)
        {
            var frame = spectrogram.Frames[t];
            for (var b = 0; b < mean.Length; b++)
            {
                mean[b] += frame[b];
            }
        }
        for (var b = 0; b < mean.Length; b++)
        {
            mean[b] /= to - from;
        }
        return mean;
    }
}
