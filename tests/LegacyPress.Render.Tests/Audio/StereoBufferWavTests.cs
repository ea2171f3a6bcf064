using System.Buffers.Binary;
using System.Text;
using LegacyPress.Render.Audio;

namespace LegacyPress.Render.Tests.Audio;

public class StereoBufferWavTests
{
    private static StereoBuffer Ramp(int length)
    {
        var buffer = new StereoBuffer(length);
        for (int i = 0; i < length; i++)
        {
            buffer.Left[i] = (float)Math.Sin(i * 0.01) * 0.9f;
            buffer.Right[i] = (float)((i % 200) / 100.0) - 1f;
        }

        return buffer;
    }

    private static byte[] Bytes(StereoBuffer buffer, WavSampleFormat format)
    {
        using var stream = new MemoryStream();
        buffer.WriteWav(stream, format);
        return stream.ToArray();
    }

    [Fact]
    public void Float_wav_round_trips_bit_identically()
    {
        var original = Ramp(4801);

        var read = StereoBuffer.ReadWav(new MemoryStream(Bytes(original, WavSampleFormat.Float32)));

        Assert.Equal(original.Left, read.Left);
        Assert.Equal(original.Right, read.Right);
    }

    [Fact]
    public void Pcm24_wav_round_trips_within_one_step()
    {
        var original = Ramp(4801);

        var read = StereoBuffer.ReadWav(new MemoryStream(Bytes(original, WavSampleFormat.Pcm24)));

        Assert.Equal(original.Length, read.Length);
        for (int i = 0; i < original.Length; i++)
        {
            Assert.InRange(Math.Abs(read.Left[i] - original.Left[i]), 0, 1.0 / 8388608);
            Assert.InRange(Math.Abs(read.Right[i] - original.Right[i]), 0, 1.0 / 8388608);
        }
    }

    [Theory]
    [InlineData(WavSampleFormat.Float32, 3, 32)]
    [InlineData(WavSampleFormat.Pcm24, 1, 24)]
    public void Wav_header_describes_48k_stereo(WavSampleFormat format, int formatTag, int bits)
    {
        var bytes = Bytes(Ramp(1000), format);

        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal(bytes.Length - 8, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4)));
        Assert.Equal("WAVE", System.Text.Encoding.ASCII.GetString(bytes, 8, 4));
        Assert.Equal("fmt ", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(formatTag, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(20)));
        Assert.Equal(2, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(22)));
        Assert.Equal(48000, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(24)));
        Assert.Equal(48000 * 2 * bits / 8, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(28)));
        Assert.Equal(2 * bits / 8, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(32)));
        Assert.Equal(bits, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(34)));
        int data = System.Text.Encoding.ASCII.GetString(bytes).IndexOf("data", StringComparison.Ordinal);
        Assert.Equal(1000 * 2 * bits / 8, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(data + 4)));
        Assert.Equal(bytes.Length, data + 8 + (1000 * 2 * bits / 8));
    }

    [Fact]
    public void Mono_16_bit_wav_is_read_into_both_channels_past_other_chunks()
    {
        short[] samples = [0, 16384, -32768, 32767];
        var wav = Wav(formatTag: 1, channels: 1, bits: 16, samples.SelectMany(s => BitConverter.GetBytes(s)).ToArray(), extraChunk: true);

        var read = StereoBuffer.ReadWav(new MemoryStream(wav));

        Assert.Equal([0f, 0.5f, -1f, 32767f / 32768f], read.Left);
        Assert.Equal(read.Left, read.Right);
    }

    [Fact]
    public void Stereo_32_bit_pcm_and_extensible_float_wavs_are_read()
    {
        var pcm = new byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(pcm, int.MinValue / 2);
        BinaryPrimitives.WriteInt32LittleEndian(pcm.AsSpan(4), int.MaxValue / 4);
        var floats = new byte[8];
        BinaryPrimitives.WriteSingleLittleEndian(floats, 0.25f);
        BinaryPrimitives.WriteSingleLittleEndian(floats.AsSpan(4), -0.75f);

        var fromPcm = StereoBuffer.ReadWav(new MemoryStream(Wav(1, 2, 32, pcm)));
        var fromFloat = StereoBuffer.ReadWav(new MemoryStream(Wav(0xFFFE, 2, 32, floats, subFormat: 3)));

        Assert.Equal(-0.5f, fromPcm.Left[0]);
        Assert.Equal(0.25f, fromPcm.Right[0], 6);
        Assert.Equal(0.25f, fromFloat.Left[0]);
        Assert.Equal(-0.75f, fromFloat.Right[0]);
    }

    [Fact]
    public void Wav_at_another_sample_rate_is_refused_with_a_reason()
    {
        var wav = Wav(1, 2, 16, new byte[8], sampleRate: 44100);

        var error = Assert.Throws<InvalidDataException>(() => StereoBuffer.ReadWav(new MemoryStream(wav)));

        Assert.Contains("44100", error.Message);
    }

    [Fact]
    public void Wav_written_by_us_decodes_in_ffmpeg_when_it_is_installed()
    {
        if (!File.Exists("/usr/bin/ffmpeg"))
        {
            return;
        }

        string path = Path.Combine(Path.GetTempPath(), $"legacypress-{Guid.NewGuid():N}.wav");
        try
        {
            File.WriteAllBytes(path, Bytes(Ramp(48000), WavSampleFormat.Pcm24));
            var info = new System.Diagnostics.ProcessStartInfo("/usr/bin/ffmpeg") { RedirectStandardError = true };
            foreach (var argument in new[] { "-hide_banner", "-v", "error", "-i", path, "-f", "null", "-" })
            {
                info.ArgumentList.Add(argument);
            }

            using var ffmpeg = System.Diagnostics.Process.Start(info)!;
            string errors = ffmpeg.StandardError.ReadToEnd();
            ffmpeg.WaitForExit();

            Assert.Equal(0, ffmpeg.ExitCode);
            Assert.Equal(string.Empty, errors.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Wav(int formatTag, int channels, int bits, byte[] data, bool extraChunk = false, int sampleRate = 48000, int subFormat = 0)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        int blockAlign = channels * bits / 8;
        bool extensible = formatTag == 0xFFFE;
        writer.Write("RIFF"u8);
        writer.Write(0);
        writer.Write("WAVE"u8);
        if (extraChunk)
        {
            // An odd-sized chunk checks the pad byte is skipped too.
            writer.Write("LIST"u8);
            writer.Write(3);
            writer.Write(new byte[] { 1, 2, 3, 0 });
        }

        writer.Write("fmt "u8);
        writer.Write(extensible ? 40 : 16);
        writer.Write((ushort)formatTag);
        writer.Write((ushort)channels);
        writer.Write(sampleRate);
        writer.Write(sampleRate * blockAlign);
        writer.Write((ushort)blockAlign);
        writer.Write((ushort)bits);
        if (extensible)
        {
            writer.Write((ushort)22);
            writer.Write((ushort)bits);
            writer.Write(3);
            writer.Write((ushort)subFormat);
            writer.Write(new byte[] { 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71 });
        }

        writer.Write("data"u8);
        writer.Write(data.Length);
        writer.Write(data);
        writer.Flush();
        var bytes = stream.ToArray();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), bytes.Length - 8);
        return bytes;
    }
}
