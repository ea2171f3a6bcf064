using System.Globalization;

namespace LegacyPress.Publish.Ledger;

/// <summary>
/// One publish run per project at a time: an exclusive OS lock on <c>.legacypress/publish.lock</c> held for the whole
/// run. The kernel drops it when the process ends, however it ends, so a killed run never leaves a stale lock. A second
/// run does not wait: it stops at once with "another publish is running (pid N …)" and the "try later" exit code, since
/// waiting behind an upload of unknown length helps nobody and the first run's result decides what the second would do.
/// </summary>
public sealed class PublishLedgerLock : IDisposable
{
    public const string Folder = ".legacypress";
    public const string LockName = "publish.lock";
    public const string OwnerName = "publish.owner";

    private readonly FileStream handle;
    private readonly string ownerPath;

    private PublishLedgerLock(FileStream handle, string ownerPath)
    {
        this.handle = handle;
        this.ownerPath = ownerPath;
    }

    /// <summary>Takes the lock, or throws a "try later" <see cref="PublishException"/> naming the run that holds it.</summary>
    public static PublishLedgerLock Acquire(string projectDirectory)
    {
        var folder = Path.Combine(projectDirectory, Folder);
        Directory.CreateDirectory(folder);
        var lockPath = Path.Combine(folder, LockName);
        var ownerPath = Path.Combine(folder, OwnerName);
        FileStream handle;
        try
        {
            // .NET takes flock(LOCK_EX | LOCK_NB) for FileShare.None on Unix (and a share-mode lock on Windows): held per
            // open file, so a second open fails even inside the same process.
            handle = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new PublishException(
                $"another publish of this project is running ({Owner(ownerPath)}); wait for it to finish, or stop it, then run publish again " +
                $"(the lock is {Path.Combine(Folder, LockName)}, released when that process ends)",
                PublishFailureKind.TryLater);
        }
        // The lock file itself cannot be read by others while held, so who holds it is written beside it.
        File.WriteAllText(ownerPath, string.Create(CultureInfo.InvariantCulture,
            $"pid {Environment.ProcessId} on {Environment.MachineName}, since {DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss zzz}\n"));
        return new PublishLedgerLock(handle, ownerPath);
    }

    public void Dispose()
    {
        try
        {
            File.Delete(ownerPath);
        }
        catch (IOException)
        {
            // Only a description of the holder; the lock is released below regardless.
        }
        handle.Dispose();
    }

    private static string Owner(string ownerPath)
    {
        try
        {
            return File.Exists(ownerPath) ? File.ReadAllText(ownerPath).Trim() : "its process id is not known yet";
        }
        catch (IOException)
        {
            return "its process id could not be read";
        }
    }
}
