using LegacyPress.Core.Release;
using LegacyPress.Release.Preparation;
using LegacyPress.Render.Films;

namespace LegacyPress.Release.Running;

/// <summary>What every step of one run shares: the settings, the prepared film, the folder written, the step cache.</summary>
public sealed class ReleaseContext(ReleaseSettings settings, ReleaseEnvironment environment, PreparedFilm prepared, string outputFolder, IReadOnlySet<string> selected)
{
    public ReleaseSettings Settings { get; } = settings;

    public ReleaseEnvironment Environment { get; } = environment;

    public PreparedFilm Prepared { get; } = prepared;

    /// <summary>Where this run writes: <c>artifacts/&lt;version&gt;/</c> for a release, the command's <c>--out</c> otherwise.</summary>
    public string OutputFolder { get; } = outputFolder;

    public StepCache Cache { get; } = StepCache.ForProject(prepared.Film.Project, environment.Streams);

    public IReleaseObserver Observer => Environment.Observer;

    public FrameDrawerFactory Drawers => Environment.Drawers;

    /// <summary>Whether a step runs in this run: a step may write more when a later one it feeds is also running.</summary>
    public bool IsSelected(string step) => selected.Contains(step);

    /// <summary>A path inside the output folder.</summary>
    public string Output(string relativePath) => Path.Combine(OutputFolder, relativePath);

    /// <summary>The tool version as a fingerprint input.</summary>
    public FingerprintInput Tool => FingerprintInput.Text("tool", Prepared.ToolVersion);
}
