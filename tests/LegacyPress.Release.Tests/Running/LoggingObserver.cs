using LegacyPress.Publish.Upload;
using LegacyPress.Release.Running;
using LegacyPress.Render.Encoding;
using LegacyPress.TestSupport;

namespace LegacyPress.Release.Tests.Running;

/// <summary>Keeps every log line a run writes (what a terminal would show on stderr); renders and uploads show nothing.</summary>
internal sealed class LoggingObserver : IReleaseObserver
{
    private readonly ProgressLog log = new();

    public IReadOnlyList<string> Lines => log.Lines;

    public void Log(string line) => log.Report(line);

    public Task<T> RenderAsync<T>(string label, Func<IProgress<RenderProgress>?, Task<T>> render) => render(null);

    public Task<T> UploadAsync<T>(string label, long totalBytes, Func<IProgress<UploadProgress>?, Task<T>> upload) => upload(null);
}
