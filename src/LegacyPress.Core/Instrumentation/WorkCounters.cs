using System.Diagnostics.Metrics;

namespace LegacyPress.Core.Instrumentation;

/// <summary>
/// Counts the expensive, repeatable pieces of work (planning a timeline, hashing a file) as .NET metrics, tagged by
/// project or path, so a test or <c>dotnet-counters</c> can see whether a run did one of them more than once.
/// </summary>
public static class WorkCounters
{
    public const string MeterName = "LegacyPress";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>One film timeline planned; tagged <c>project</c> with the project folder.</summary>
    public static readonly Counter<long> TimelinePlans = Meter.CreateCounter<long>("legacypress.timeline.plans");

    /// <summary>One trailer planned; tagged <c>project</c>.</summary>
    public static readonly Counter<long> TrailerPlans = Meter.CreateCounter<long>("legacypress.trailer.plans");

    /// <summary>One audio plan built; tagged <c>project</c>.</summary>
    public static readonly Counter<long> AudioPlans = Meter.CreateCounter<long>("legacypress.audio.plans");

    /// <summary>One file's bytes hashed; tagged <c>path</c> with the full path.</summary>
    public static readonly Counter<long> FilesHashed = Meter.CreateCounter<long>("legacypress.files.hashed");

    public static void CountProject(Counter<long> counter, string projectDirectory) =>
        counter.Add(1, new KeyValuePair<string, object?>("project", projectDirectory));
}
