using System.Diagnostics;

namespace LegacyPress.Cli.Tests.Support;

/// <summary>
/// A small real tmpfs mounted on a folder, that a test can fill to the last byte (a full disk) or remount read-only.
/// Mounting needs root with CAP_SYS_ADMIN, as CI has; <see cref="Unavailable"/> says why it cannot be done elsewhere.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private static readonly Lazy<string?> Probe = new(ProbeMount);

    private SmallDisk(string folder)
    {
        Folder = folder;
    }

    /// <summary>Null when this machine can mount a tmpfs; otherwise the reason the tests that need one are skipped.</summary>
    public static string? Unavailable => Probe.Value;

    public string Folder { get; }

    /// <summary>Mounts a tmpfs of <paramref name="megabytes"/> MB on <paramref name="folder"/> (created).</summary>
    public static SmallDisk Mount(string folder, int megabytes)
    {
        Directory.CreateDirectory(folder);
        Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", folder);
        return new SmallDisk(folder);
    }

    /// <summary>Fills the disk with one file until the file system refuses another byte.</summary>
    public void Fill()
    {
        var path = Path.Combine(Folder, "filler");
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        foreach (var size in new[] { 1 << 20, 1 << 12, 1 })
        {
            var chunk = new byte[size];
            try
            {
                while (true)
                {
                    file.Write(chunk);
                }
            }
            catch (IOException)
            {
                // Full at this chunk size; go on with a smaller one.
            }
        }
        var left = new DriveInfo(Folder).AvailableFreeSpace;
        if (left != 0)
        {
            throw new InvalidOperationException($"the disk still has {left} bytes free");
        }
    }

    /// <summary>Makes the file system read-only, as a write-protected or failing disk is.</summary>
    public void MakeReadOnly() => Run("mount", "-o", "remount,ro", Folder);

    public void Dispose()
    {
        try
        {
            Run("umount", "-l", Folder);
        }
        catch (InvalidOperationException)
        {
        }
    }

    private static string? ProbeMount()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "tmpfs mounts are Linux only";
        }
        var folder = Directory.CreateTempSubdirectory("legacypress-tmpfs-probe-").FullName;
        try
        {
            Run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", folder);
            Run("umount", folder);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return $"cannot mount a small tmpfs here (needs root with CAP_SYS_ADMIN): {e.Message}";
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)}: {error.Trim()}");
        }
    }
}

/// <summary>A fact that needs <see cref="SmallDisk"/>: skipped, with the reason, where a tmpfs cannot be mounted.</summary>
internal sealed class SmallDiskFactAttribute : FactAttribute
{
    public SmallDiskFactAttribute()
    {
        if (SmallDisk.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>The theory form of <see cref="SmallDiskFactAttribute"/>.</summary>
internal sealed class SmallDiskTheoryAttribute : TheoryAttribute
{
    public SmallDiskTheoryAttribute()
    {
        if (SmallDisk.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
