namespace LegacyPress.TestSupport.Music;

/// <summary>Writes mono float samples as a 32-bit float WAV, for feeding generated music to ffmpeg and aubio.</summary>
public static class MonoWav
{
    public static void Write(string path, float[] samples, int sampleRateHz)
    {
        using var stream = File.Create(path);
        using var w = new BinaryWriter(stream);
        var dataBytes = samples.Length * 4;
        w.Write("RIFF"u8);
        w.Write(36 + dataBytes);
        w.Write("WAVE"u8);
        w.Write("fmt "u8);
        w.Write(16);
        w.Write((short)3);
        w.Write((short)1);
        w.Write(sampleRateHz);
        w.Write(sampleRateHz * 4);
        w.Write((short)4);
        w.Write((short)32);
        w.Write("data"u8);
        w.Write(dataBytes);
        foreach (var s in samples)
        {
            w.Write(s);
        }
    }
}
