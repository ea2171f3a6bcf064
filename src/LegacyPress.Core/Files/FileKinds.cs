using System.Runtime.InteropServices;

namespace LegacyPress.Core.Files;

/// <summary>What a path is on disk, following links: a project may only name regular files.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    NamedPipe,
    Socket,
    CharacterDevice,
    BlockDevice,
    Other,
}

/// <summary>
/// Tells a regular file from a named pipe, socket or device without opening it: opening a FIFO blocks until a writer
/// comes, and ffprobe or a <see cref="FileStream"/> would wait forever. .NET reports only "file" or "directory", so on
/// Linux the type comes from <c>statx</c> (whose layout is the same on every architecture).
/// </summary>
public static class FileKinds
{
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux() && StatxType(path) is { } kind)
        {
            return kind;
        }
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }
        return File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>How a message names the kind: "a named pipe", "a folder".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.NamedPipe => "a named pipe",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        _ => "not a regular file",
    };

    private const int AtFdCwd = -100;
    private const uint StatxTypeMask = 0x1;
    private const int ModeOffset = 28; // struct statx: mask, blksize (u32), attributes (u64), nlink, uid, gid (u32), mode (u16)

    private static FileKind? StatxType(string path)
    {
        var buffer = new byte[256];
        int result;
        try
        {
            result = Statx(AtFdCwd, path, 0, StatxTypeMask, buffer);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        if (result != 0)
        {
            // ENOENT and ENOTDIR mean nothing is there; anything else (EACCES…) leaves the answer to .NET.
            var errno = Marshal.GetLastPInvokeError();
            return errno is 2 or 20 ? FileKind.Missing : null;
        }
        var mode = BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000;
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.NamedPipe,
            0xC000 => FileKind.Socket,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            _ => FileKind.Other,
        };
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
