using System.IO.Pipes;
using System.Runtime.InteropServices;

namespace LegacyPress.Render.Encoding;

/// <summary>
/// Grows the kernel buffer of the pipe frames go through. Linux pipes hold 64 KiB by default, so each 3 MB frame at
/// 1080p took ~48 wake-ups of ffmpeg's reader and as many of our writer; at 1 MiB (the usual
/// <c>/proc/sys/fs/pipe-max-size</c>) it takes three. Best effort: anywhere else, or when refused, nothing changes.
/// </summary>
internal static partial class PipeCapacity
{
    /// <summary>fcntl's F_SETPIPE_SZ (Linux 2.6.35+).</summary>
    private const int SetPipeSize = 1031;

    public const int Bytes = 1 << 20;

    /// <summary>Asks for <see cref="Bytes"/> on the pipe behind <paramref name="stream"/>; true when granted.</summary>
    public static bool TryEnlarge(Stream stream)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        SafeHandle? handle = stream switch
        {
            FileStream file => file.SafeFileHandle,
            PipeStream pipe => pipe.SafePipeHandle,
            _ => null,
        };
        if (handle is null || handle.IsInvalid)
        {
            return false;
        }
        return Fcntl((int)handle.DangerousGetHandle(), SetPipeSize, Bytes) >= Bytes;
    }

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Fcntl(int descriptor, int command, int argument);
}
