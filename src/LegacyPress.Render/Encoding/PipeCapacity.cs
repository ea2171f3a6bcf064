using System.IO.Pipes;
using System.Runtime.InteropServices;

namespace LegacyPress.Render.Encoding;

/// <summary>
/// Grows (and reads) the kernel buffer of the pipe frames go through. Linux pipes hold 64 KiB by default, so each 3 MB frame at
/// 1080p took ~48 wake-ups of ffmpeg's reader and as many of our writer; at 1 MiB (the usual
/// <c>/proc/sys/fs/pipe-max-size</c>) it takes three. Best effort: anywhere else, or when refused, nothing changes.
/// </summary>
internal static partial class PipeCapacity
{
    /// <summary>fcntl's F_SETPIPE_SZ (Linux 2.6.35+).</summary>
    private const int SetPipeSize = 1031;

    /// <summary>fcntl's F_GETPIPE_SZ.</summary>
    private const int GetPipeSize = 1032;

    public const int Bytes = 1 << 20;

    /// <summary>Asks for <see cref="Bytes"/> on the pipe behind <paramref name="stream"/>; true when granted.</summary>
    public static bool TryEnlarge(Stream stream) =>
        LinuxDescriptor(stream) is { } descriptor && Fcntl(descriptor, SetPipeSize, Bytes) >= Bytes;

    /// <summary>The capacity of the pipe <paramref name="descriptor"/> is, in bytes; 0 when it is not a pipe.</summary>
    public static int Of(int descriptor) => Math.Max(0, Fcntl(descriptor, GetPipeSize, 0));

    /// <summary>The file descriptor behind a pipe or file stream on Linux; null anywhere else, or for any other stream.</summary>
    public static int? LinuxDescriptor(Stream stream)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        SafeHandle? handle = stream switch
        {
            FileStream file => file.SafeFileHandle,
            PipeStream pipe => pipe.SafePipeHandle,
            _ => null,
        };
        return handle is null || handle.IsInvalid ? null : (int)handle.DangerousGetHandle();
    }

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Fcntl(int descriptor, int command, int argument);
}
