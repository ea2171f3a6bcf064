using LegacyPress.Publish.Upload;
using LegacyPress.Render.Encoding;

namespace LegacyPress.Release.Running;

/// <summary>
/// Where a run shows what it is doing: log lines, and render and upload progress. The CLI draws
/// these with Spectre.Console; tests and <c>--quiet</c> use <see cref="SilentObserver"/>. Never given a secret.
/// </summary>
public interface IReleaseObserver
{
    /// <summary>A line of what is happening (speech, mixing, retries); a terminal shows it on stderr.</summary>
    void Log(string line);

    /// <summary>Runs a render, showing its frames/s and ETA as <paramref name="label"/>.</summary>
    Task<T> RenderAsync<T>(string label, Func<IProgress<RenderProgress>?, Task<T>> render);

    /// <summary>Runs an upload of <paramref name="totalBytes"/>, showing its progress.</summary>
    Task<T> UploadAsync<T>(string label, long totalBytes, Func<IProgress<UploadProgress>?, Task<T>> upload);
}

/// <summary>Shows nothing: for tests, <c>--quiet</c> and <c>--json</c>.</summary>
public sealed class SilentObserver : IReleaseObserver
{
    public static SilentObserver Instance { get; } = new();

    public void Log(string line)
    {
    }

    public Task<T> RenderAsync<T>(string label, Func<IProgress<RenderProgress>?, Task<T>> render) => render(null);

    public Task<T> UploadAsync<T>(string label, long totalBytes, Func<IProgress<UploadProgress>?, Task<T>> upload) => upload(null);
}
