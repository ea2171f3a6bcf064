using System.Text.Json;
using LegacyPress.Core.Model;
using LegacyPress.Core.Files;

namespace LegacyPress.Core.Release;

/// <summary>
/// What each release step last did, under <c>.legacypress/cache/steps/&lt;step&gt;.json</c>: the fingerprint of
/// its inputs and the files it wrote. A step is fresh, and skipped, when its inputs hash the same and its
/// outputs are still there as it left them.
/// <code>
/// var fp = Fingerprint.Of(...);
/// if (!cache.IsFresh("film", fp, outputs)) { render(); cache.Record("film", fp, outputs); }
/// </code>
/// </summary>
public sealed class StepCache(string directory, OutputStreamFactory? streams = null)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static StepCache ForProject(ProjectInfo project, OutputStreamFactory? streams = null) => new(Path.Combine(project.CacheDirectory, "steps"), streams);

    public string Directory { get; } = directory;

    /// <summary>True when the step last ran with these exact inputs and every output is still as it wrote it.</summary>
    public bool IsFresh(string step, Fingerprint fingerprint, IEnumerable<string> outputs)
    {
        var record = Read(step);
        if (record is null || record.Fingerprint != fingerprint.Sha256)
        {
            return false;
        }
        var wanted = outputs.Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToList();
        var recorded = record.Outputs.Select(o => o.Path).Order(StringComparer.Ordinal).ToList();
        return wanted.SequenceEqual(recorded, StringComparer.Ordinal) && record.Outputs.All(Unchanged);
    }

    /// <summary>The inputs that changed since the step last ran (every input when it never ran): for "why is this rebuilt".</summary>
    public IReadOnlyList<string> Changed(string step, Fingerprint fingerprint) =>
        fingerprint.ChangedSince(Read(step) is { } r ? new Fingerprint(r.Fingerprint, r.Inputs) : null);

    /// <summary>Remembers a finished step. Call only after its outputs are in place.</summary>
    public void Record(string step, Fingerprint fingerprint, IEnumerable<string> outputs)
    {
        var record = new StepRecord(step, fingerprint.Sha256, fingerprint.Inputs, outputs.Select(Stamp).ToList());
        OutputFile.WriteAllText(PathFor(step), JsonSerializer.Serialize(record, Json), streams: streams);
    }

    /// <summary>Forgets a step, so its next run does the work (<c>--force</c>).</summary>
    public void Forget(string step) => File.Delete(PathFor(step));

    public string PathFor(string step)
    {
        if (step.Length == 0 || step.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')) || step.StartsWith('.'))
        {
            throw new ArgumentException($"step name '{step}' must be letters, digits, '-', '_' or '.'", nameof(step));
        }
        return Path.Combine(Directory, step + ".json");
    }

    private StepRecord? Read(string step)
    {
        var path = PathFor(step);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<StepRecord>(File.ReadAllText(path), Json);
        }
        catch (JsonException)
        {
            // A damaged record only costs a rebuild.
            return null;
        }
    }

    // Size and modification time, not a hash: checking a fresh 1 GB film must not cost reading it.
    private static OutputStamp Stamp(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"step output {path} does not exist; record a step only after it wrote its outputs", path);
        }
        return new OutputStamp(info.FullName, info.Length, info.LastWriteTimeUtc.Ticks);
    }

    private static bool Unchanged(OutputStamp stamp)
    {
        var info = new FileInfo(stamp.Path);
        return info.Exists && info.Length == stamp.Bytes && info.LastWriteTimeUtc.Ticks == stamp.LastWriteTicks;
    }

    private sealed record StepRecord(string Step, string Fingerprint, IReadOnlyDictionary<string, string> Inputs, IReadOnlyList<OutputStamp> Outputs);

    private sealed record OutputStamp(string Path, long Bytes, long LastWriteTicks);
}
