namespace LegacyPress.TestSupport;

/// <summary>The small sounds test projects are made of, written directly (no ffmpeg needed to make them).</summary>
public static class TestSounds
{
    /// <summary>WAVE format tag of plain 16-bit PCM; any other number names a codec ffprobe reads the header of and ffmpeg may not decode.</summary>
    public const short Pcm = 1;

    /// <summary>A 440 Hz mono sine of <paramref name="seconds"/> at 48 kHz, 16-bit, in a WAV whose header says <paramref name="formatTag"/>.</summary>
    public static void WriteSineWav(string path, double seconds, short formatTag = Pcm)
    {
        const int rate = 48_000;
        var samples = (int)(rate * seconds);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write("RIFF"u8);
        writer.Write(36 + samples * 2);
        writer.Write("WAVEfmt "u8);
        writer.Write(16);
        writer.Write(formatTag);
        writer.Write((short)1);
        writer.Write(rate);
        writer.Write(rate * 2);
        writer.Write((short)2);
        writer.Write((short)16);
        writer.Write("data"u8);
        writer.Write(samples * 2);
        for (var i = 0; i < samples; i++)
        {
            writer.Write((short)(8000 * Math.Sin(2 * Math.PI * 440 * i / rate)));
        }
    }
}
