using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace LegacyPress.Core.Files;

/// <summary>
/// How LegacyPress names the files it writes before they are finished (<c>film.mp4.partial-&lt;pid&gt;-&lt;host&gt;-&lt;random&gt;.mp4</c>,
/// beside the final file) and how a later run removes the ones a killed run left: only names of exactly this form, only
/// in a folder being written, and only when the process that made them is gone (for another machine's file on shared storage: when it has not been written
/// to for two hours), so a run in progress is never touched.
/// </summary>
public static partial class TemporaryFiles
{
    /// <summary>What every temporary name contains; release listings skip such names (ReleaseManifestWriter, ReleaseShortcuts).</summary>
    public const string Marker = ".partial-";

    /// <summary>A fresh temporary path beside <paramref name="finalPath"/>, the real extension last so tools still know the format.</summary>
    public static string For(string finalPath)
    {
        var folder = Path.GetDirectoryName(finalPath)!;
        var name = Path.GetFileName(finalPath);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        return Path.Combine(folder, $"{name}{Marker}{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{HostTag}-{suffix}{Path.GetExtension(finalPath)}");
    }

    /// <summary>
    /// Deletes the temporary files of dead runs in <paramref name="folder"/>: those for <paramref name="finalName"/>, or
    /// all of them when it is null. Best effort: a file that cannot be deleted is left, and the count says how many went.
    /// </summary>
    public static int CleanLeftovers(string folder, string? finalName = null)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }
        var removed = 0;
        var pattern = finalName is null ? $"*{Marker}*" : $"{finalName}{Marker}*";
        foreach (var file in Directory.EnumerateFiles(folder, pattern))
        {
            var match = TemporaryName().Match(Path.GetFileName(file));
            if (!match.Success || (finalName is not null && match.Groups["name"].Value != finalName) || IsAlive(match.Groups["pid"].Value, match.Groups["host"].Value, file))
            {
                continue;
            }
            try
            {
                File.Delete(file);
                removed++;
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return removed;
    }

    /// <summary>
    /// A short tag of this machine's name in every temporary name: on shared storage (a render farm's pieces) a process id
    /// only means something on the machine that wrote it.
    /// </summary>
    private static readonly string HostTag = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Environment.MachineName)))[..6];

    /// <summary>
    /// How long another machine's temporary file may go unwritten before it counts as left by a dead run: a piece being
    /// encoded is written to every second, and no piece takes this long between two writes.
    /// </summary>
    private static readonly TimeSpan OtherHostsQuiet = TimeSpan.FromHours(2);

    // Names from before the process id was part of them (".partial-1a2b3c4d.mp4") have no owner to ask: always stale.
    private static bool IsAlive(string pid, string host, string file)
    {
        if (host.Length > 0 && host != HostTag)
        {
            return DateTime.UtcNow - File.GetLastWriteTimeUtc(file) < OtherHostsQuiet;
        }
        if (pid.Length == 0 || !int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }
        if (id == Environment.ProcessId)
        {
            return true;
        }
        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^(?<name>.+)\.partial-(?:(?<pid>[0-9]{1,10})-)?(?:(?<host>[0-9a-f]{6})-)?[0-9a-f]{8}(?:\.[^./]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TemporaryName();
}
