using System.Buffers.Binary;

namespace LegacyPress.Render.Audio.Speech;

/// <summary>
/// A WAV written to a pipe does not know its length, so its RIFF and data chunk sizes are placeholders (espeak-ng
/// writes 0x7FFFF000-ish); this fills them in for a canonical 44-byte header, so every reader sees the true length.
/// </summary>
internal static class StreamedWav
{
    private const int HeaderBytes = 44;

    /// <summary>Fixes the sizes in place; false when the bytes are not a canonical WAV with at least one sample.</summary>
    public static bool TrySeal(byte[] wav)
    {
        if (wav.Length <= HeaderBytes
            || !wav.AsSpan(0, 4).SequenceEqual("RIFF"u8)
            || !wav.AsSpan(8, 4).SequenceEqual("WAVE"u8)
            || !wav.AsSpan(36, 4).SequenceEqual("data"u8))
        {
            return false;
        }
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(4, 4), (uint)(wav.Length - 8));
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(40, 4), (uint)(wav.Length - HeaderBytes));
        return true;
    }
}
