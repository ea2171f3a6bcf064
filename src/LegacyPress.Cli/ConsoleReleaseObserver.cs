using LegacyPress.Core.Instrumentation;
using System.Globalization;
using LegacyPress.Publish.Upload;
using LegacyPress.Release.Running;
using LegacyPress.Render.Encoding;
using Spectre.Console;

namespace LegacyPress.Cli;

/// <summary>
/// Shows a run on the terminal: log lines on stderr, a Spectre progress bar (frames/s, ETA; bytes/s for uploads) on a
/// terminal, or a plain line about every tenth in logs and CI, where a redrawn bar would be noise.
/// </summary>
internal sealed class ConsoleReleaseObserver(CliConsole console) : IReleaseObserver
{
    public void Log(string line) => console.Error.WriteLine(line);

    public async Task<T> RenderAsync<T>(string label, Func<IProgress<RenderProgress>?, Task<T>> render)
    {
        if (!console.Ansi.Profile.Capabilities.Interactive)
        {
            return await render(EveryTenth<RenderProgress>(p => p.Fraction,
                p => $"rendering {label}: {p.FramesDone}/{p.TotalFrames} frames ({(int)(p.Fraction * 100)}%), {Speed(p)}{(p.Detail is { } d ? $"; {d}" : "")}"));
        }

        T result = default!;
        await console.Ansi.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(label), maxValue: 1);
                result = await render(new InlineProgress<RenderProgress>(p =>
                {
                    task.MaxValue = p.TotalFrames;
                    task.Value = p.FramesDone;
                    task.Description = Markup.Escape($"{label}  {p.FramesDone}/{p.TotalFrames}  {Speed(p)}{(p.Detail is { } d ? $"  {d}" : "")}");
                }));
            });
        return result;
    }

    public async Task<T> UploadAsync<T>(string label, long totalBytes, Func<IProgress<UploadProgress>?, Task<T>> upload)
    {
        if (!console.Ansi.Profile.Capabilities.Interactive)
        {
            return await upload(EveryTenth<UploadProgress>(p => p.Fraction,
                p => $"uploading: {p.ConfirmedBytes:N0}/{p.TotalBytes:N0} bytes ({(int)(p.Fraction * 100)}%), {Speed(p)}"));
        }
        T result = default!;
        await console.Ansi.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                     new DownloadedColumn(), new TransferSpeedColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(label), maxValue: totalBytes);
                result = await upload(new InlineProgress<UploadProgress>(p => task.Value = p.ConfirmedBytes));
                task.Value = task.MaxValue;
            });
        return result;
    }

    /// <summary>Logs and CI: a plain line each time the work passes another tenth, instead of a redrawn bar.</summary>
    private InlineProgress<T> EveryTenth<T>(Func<T, double> fraction, Func<T, string> line)
    {
        var lastTenth = -1;
        return new InlineProgress<T>(p =>
        {
            var tenth = (int)(fraction(p) * 10);
            if (tenth != lastTenth)
            {
                lastTenth = tenth;
                console.Out.WriteLine(line(p));
            }
        });
    }

    private static string Speed(RenderProgress p) =>
        $"{p.FramesPerSecond.ToString("0.0", CultureInfo.InvariantCulture)} frames/s, ETA {Eta(p.Remaining)}";

    private static string Speed(UploadProgress p) =>
        $"{(p.BytesPerSecond / 1_000_000).ToString("0.0", CultureInfo.InvariantCulture)} MB/s, ETA {Eta(p.Remaining)}";

    private static string Eta(TimeSpan? remaining) => remaining is { } r ? Formatting.Clock(r.TotalSeconds)[..^4] : "–";
}
