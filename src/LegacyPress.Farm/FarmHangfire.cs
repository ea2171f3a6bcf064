using Hangfire;

namespace LegacyPress.Farm;

/// <summary>
/// The one Hangfire configuration the coordinator, the workers, status and the dashboard share: how jobs are
/// serialised must agree on every machine, and Hangfire keeps it in process-wide state.
/// </summary>
public static class FarmHangfire
{
    private static readonly Lock Gate = new();
    private static bool configured;

    /// <summary>Applies the shared settings to the process's global configuration, once.</summary>
    public static void ConfigureGlobal()
    {
        lock (Gate)
        {
            if (!configured)
            {
                Configure(GlobalConfiguration.Configuration);
                configured = true;
            }
        }
    }

    public static IGlobalConfiguration Configure(IGlobalConfiguration configuration) =>
        configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            // Type names without assembly versions: a worker of a patch release still reads a coordinator's jobs (the
            // project fingerprint, which includes the build, decides whether it may render them).
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings();
}
