using System.Buffers.Binary;

namespace LegacyPress.Render.Audio;

/// <summary>A 48 kHz float stereo signal held in memory, with WAV reading and writing.</summary>
public sealed class StereoBuffer
{
    /// <summary>The one sample rate every LegacyPress audio buffer uses.</summary>
    public const int SampleRate = 48000;

    private const ushort FormatPcm = 1;
    private const ushort FormatIeeeFloat = 3;
    private const ushort FormatExtensible = 0xFFFE;

    public StereoBuffer(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Left = new float[length];
        Right = new float[length];
    }

    public StereoBuffer(float[] left, float[] right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Length != right.Length)
        {
            throw new ArgumentException($"Channels differ in length: left {left.Length}, right {right.Length}.", nameof(right));
        }

        Left = left;
        Right = right;
    }

    public float[] Left { get; }

    public float[] Right { get; }

    public int Length => Left.Length;

    public double DurationSeconds => (double)Length / SampleRate;

    /// <summary>The sample count a duration occupies: round(seconds × 48000).</summary>
    public static int SampleCountFor(double durationSeconds)
    {
        if (!double.IsFinite(durationSeconds) || durationSeconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(durationSeconds), durationSeconds, "Duration must be a finite, non-negative number of seconds.");
        }

        return checked((int)Math.Round(durationSeconds * SampleRate, MidpointRounding.AwayFromZero));
    }

    /// <summary>A silent buffer exactly <paramref name="durationSeconds"/> long.</summary>
    public static StereoBuffer Silence(double durationSeconds) => new(SampleCountFor(durationSeconds));

    /// <summary>The largest absolute sample value over both channels.</summary>
    public float PeakAbsolute()
    {
        float peak = 0f;
        for (int i = 0; i < Length; i++)
        {
            peak = Math.Max(peak, Math.Max(Math.Abs(Left[i]), Math.Abs(Right[i])));
        }

        return peak;
    }

    /// <summary>Writes a complete RIFF/WAVE file (interleaved stereo, 48 kHz).</summary>
    public void WriteWav(Stream destination, WavSampleFormat format = WavSampleFormat.Float32)
    {
        ArgumentNullException.ThrowIfNull(destination);
        int bytesPerSample = format == WavSampleFormat.Float32 ? 4 : 3;
        int blockAlign = bytesPerSample * 2;
        long dataBytes = (long)Length * blockAlign;
        bool isFloat = format == WavSampleFormat.Float32;

        // Non-PCM formats carry cbSize and a fact chunk, as the WAVE spec asks.
        int fmtSize = isFloat ? 18 : 16;
        int factBytes = isFloat ? 12 : 0;
        long riffSize = 4 + (8 + fmtSize) + factBytes + (8 + dataBytes);
        if (riffSize > uint.MaxValue)
        {
            throw new InvalidOperationException("Buffer is too long for a RIFF WAV file (over 4 GiB).");
        }

        using var writer = new BinaryWriter(destination, System.Text.Encoding.ASCII, leaveOpen: true);
        writer.Write("RIFF"u8);
        writer.Write((uint)riffSize);
        writer.Write("WAVE"u8);
        writer.Write("fmt "u8);
        writer.Write(fmtSize);
        writer.Write(isFloat ? FormatIeeeFloat : FormatPcm);
        writer.Write((ushort)2);
        writer.Write(SampleRate);
        writer.Write(SampleRate * blockAlign);
        writer.Write((ushort)blockAlign);
        writer.Write((ushort)(bytesPerSample * 8));
        if (isFloat)
        {
            writer.Write((ushort)0);
            writer.Write("fact"u8);
            writer.Write(4);
            writer.Write((uint)Length);
        }

        writer.Write("data"u8);
        writer.Write((uint)dataBytes);
        writer.Flush();

        const int framesPerChunk = 8192;
        var chunk = new byte[framesPerChunk * blockAlign];
        for (int start = 0; start < Length; start += framesPerChunk)
        {
            int frames = Math.Min(framesPerChunk, Length - start);
            var span = chunk.AsSpan(0, frames * blockAlign);
            for (int i = 0; i < frames; i++)
            {
                var frame = span.Slice(i * blockAlign, blockAlign);
                if (isFloat)
                {
                    BinaryPrimitives.WriteSingleLittleEndian(frame, Left[start + i]);
                    BinaryPrimitives.WriteSingleLittleEndian(frame[4..], Right[start + i]);
                }
                else
                {
                    WriteInt24(frame, Left[start + i]);
                    WriteInt24(frame[3..], Right[start + i]);
                }
            }

            destination.Write(span);
        }

    }

    /// <summary>Reads a 48 kHz mono or stereo WAV: 16/24/32-bit PCM or 32/64-bit float, plain or extensible.</summary>
    public static StereoBuffer ReadWav(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var reader = new BinaryReader(source, System.Text.Encoding.ASCII, leaveOpen: true);
        if (ReadTag(reader) != "RIFF")
        {
            throw new InvalidDataException("Not a RIFF file.");
        }

        reader.ReadUInt32();
        if (ReadTag(reader) != "WAVE")
        {
            throw new InvalidDataException("RIFF file is not WAVE.");
        }

        ushort formatTag = 0;
        int channels = 0;
        int sampleRate = 0;
        int bitsPerSample = 0;
        bool haveFormat = false;
        while (true)
        {
            string tag;
            uint size;
            try
            {
                tag = ReadTag(reader);
                size = reader.ReadUInt32();
            }
            catch (EndOfStreamException)
            {
                throw new InvalidDataException("WAV file has no data chunk.");
            }

            if (tag == "fmt ")
            {
                var fmt = reader.ReadBytes(checked((int)size));
                if (fmt.Length < 16)
                {
                    throw new InvalidDataException("WAV fmt chunk is truncated.");
                }

                formatTag = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
                channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt.AsSpan(2));
                sampleRate = BinaryPrimitives.ReadInt32LittleEndian(fmt.AsSpan(4));
                bitsPerSample = BinaryPrimitives.ReadUInt16LittleEndian(fmt.AsSpan(14));
                if (formatTag == FormatExtensible && fmt.Length >= 26)
                {
                    // The sub-format GUID starts with the plain format tag.
                    formatTag = BinaryPrimitives.ReadUInt16LittleEndian(fmt.AsSpan(24));
                }

                haveFormat = true;
                SkipPad(reader, size);
            }
            else if (tag == "data")
            {
                if (!haveFormat)
                {
                    throw new InvalidDataException("WAV data chunk comes before its fmt chunk.");
                }

                return ReadSamples(reader, size, formatTag, channels, sampleRate, bitsPerSample);
            }
            else
            {
                Skip(reader, size + (size % 2));
            }
        }
    }

    private static StereoBuffer ReadSamples(BinaryReader reader, uint size, ushort formatTag, int channels, int sampleRate, int bitsPerSample)
    {
        if (sampleRate != SampleRate)
        {
            throw new InvalidDataException($"WAV is {sampleRate} Hz; LegacyPress buffers are {SampleRate} Hz (resample with ffmpeg first).");
        }

        if (channels is not (1 or 2))
        {
            throw new InvalidDataException($"WAV has {channels} channels; only mono and stereo are read.");
        }

        bool supported = (formatTag, bitsPerSample) is (FormatPcm, 16) or (FormatPcm, 24) or (FormatPcm, 32)
            or (FormatIeeeFloat, 32) or (FormatIeeeFloat, 64);
        if (!supported)
        {
            throw new InvalidDataException($"Unsupported WAV encoding: format {formatTag}, {bitsPerSample} bits.");
        }

        int bytesPerSample = bitsPerSample / 8;
        int blockAlign = bytesPerSample * channels;

        // Writers that stream (ffmpeg to a pipe) leave the size at 0 or 0xFFFFFFFF: read to the end then.
        bool sizeUnknown = size == 0 || size == uint.MaxValue;
        byte[] data = sizeUnknown ? ReadToEnd(reader.BaseStream) : reader.ReadBytes(checked((int)size));
        int frames = data.Length / blockAlign;
        var buffer = new StereoBuffer(frames);
        for (int i = 0; i < frames; i++)
        {
            var frame = data.AsSpan(i * blockAlign, blockAlign);
            float left = DecodeSample(frame, formatTag, bytesPerSample);
            buffer.Left[i] = left;
            buffer.Right[i] = channels == 2 ? DecodeSample(frame[bytesPerSample..], formatTag, bytesPerSample) : left;
        }

        return buffer;
    }

    private static float DecodeSample(ReadOnlySpan<byte> bytes, ushort formatTag, int bytesPerSample)
    {
        if (formatTag == FormatIeeeFloat)
        {
            return bytesPerSample == 4
                ? BinaryPrimitives.ReadSingleLittleEndian(bytes)
                : (float)BinaryPrimitives.ReadDoubleLittleEndian(bytes);
        }

        return bytesPerSample switch
        {
            2 => BinaryPrimitives.ReadInt16LittleEndian(bytes) / 32768f,
            3 => ((bytes[0] | (bytes[1] << 8) | (bytes[2] << 16)) << 8 >> 8) / 8388608f,
            _ => (float)(BinaryPrimitives.ReadInt32LittleEndian(bytes) / 2147483648.0),
        };
    }

    private static void WriteInt24(Span<byte> destination, float sample)
    {
        double clamped = Math.Clamp((double)sample, -1.0, 1.0);
        int value = (int)Math.Clamp(Math.Round(clamped * 8388608.0), -8388608, 8388607);
        destination[0] = (byte)value;
        destination[1] = (byte)(value >> 8);
        destination[2] = (byte)(value >> 16);
    }

    private static string ReadTag(BinaryReader reader)
    {
        var bytes = reader.ReadBytes(4);
        if (bytes.Length < 4)
        {
            throw new EndOfStreamException();
        }

        return System.Text.Encoding.ASCII.GetString(bytes);
    }

    private static void SkipPad(BinaryReader reader, uint size)
    {
        if (size % 2 == 1)
        {
            Skip(reader, 1);
        }
    }

    private static void Skip(BinaryReader reader, long count)
    {
        var stream = reader.BaseStream;
        if (stream.CanSeek)
        {
            stream.Seek(count, SeekOrigin.Current);
            return;
        }

        var scratch = new byte[4096];
        while (count > 0)
        {
            int read = stream.Read(scratch, 0, (int)Math.Min(scratch.Length, count));
            if (read == 0)
            {
                throw new InvalidDataException("WAV file ends inside a chunk.");
            }

            count -= read;
        }
    }

    private static byte[] ReadToEnd(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
