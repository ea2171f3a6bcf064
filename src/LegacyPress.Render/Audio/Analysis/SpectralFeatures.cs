namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// What one STFT pass over a piece yields, frame by frame (<see cref="FramesPerSecond"/> frames a second, frame 0
/// centred on sample 0): onset strength over all bands and over the low bands, loudness, a 12-bin chroma and the
/// log-mel bands (timbre). The arrays are owned by this value and never written after it is made.
/// </summary>
internal sealed class SpectralFeatures(
    double framesPerSecond,
    double[] onset,
    double[] lowOnset,
    double[] loudnessDb,
    float[] chroma,
    float[] melDb,
    int melBands)
{
    public const int ChromaBins = 12;

    public double FramesPerSecond { get; } = framesPerSecond;

    public int FrameCount => onset.Length;

    public int MelBands { get; } = melBands;

    /// <summary>Spectral flux of the log-mel spectrum, half-wave rectified and summed over bands; the time of an onset.</summary>
    public ReadOnlySpan<double> Onset => onset;

    /// <summary>The same flux over the bands below ~250 Hz: kicks, bass notes, the weight of a downbeat.</summary>
    public ReadOnlySpan<double> LowOnset => lowOnset;

    /// <summary>Frame power in dB (full scale 0 dB), for telling silence from quiet music.</summary>
    public ReadOnlySpan<double> LoudnessDb => loudnessDb;

    /// <summary>Chroma of frame <paramref name="frame"/>: power per pitch class, C first.</summary>
    public ReadOnlySpan<float> ChromaAt(int frame) => chroma.AsSpan(frame * ChromaBins, ChromaBins);

    /// <summary>Log-mel bands of frame <paramref name="frame"/>, in dB.</summary>
    public ReadOnlySpan<float> MelDbAt(int frame) => melDb.AsSpan(frame * MelBands, MelBands);

    public double SecondsOf(double frame) => frame / FramesPerSecond;

    public double FrameOf(double seconds) => seconds * FramesPerSecond;
}
