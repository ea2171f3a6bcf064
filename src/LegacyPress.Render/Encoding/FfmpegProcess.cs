using System.ComponentModel;
using System.Diagnostics;
using LegacyPress.Render.Tools;

namespace LegacyPress.Render.Encoding;

/// <summary>A running ffmpeg: its stdin to write frames to, and the tail of its stderr kept for error messages.</summary>
internal sealed class FfmpegProcess : IDisposable
{
    private const int TailLines = 15;
    private readonly Process process;
    private readonly Queue<string> tail = new();

    private FfmpegProcess(Process process)
    {
        this.process = process;
    }

    public Stream Input => process.StandardInput.BaseStream;

    /// <summary>Starts ffmpeg through <see cref="ExternalTool"/> (the C locale, no shell) with stdin open for frames.</summary>
    public static FfmpegProcess Start(FfmpegTool tool, IReadOnlyList<string> arguments)
    {
        var process = ExternalTool.TryStart(tool.Executable, arguments, redirectInput: true)
            ?? throw new RenderException(FfmpegTool.NotFoundMessage);
        var ffmpeg = new FfmpegProcess(process);
        PipeCapacity.TryEnlarge(process.StandardInput.BaseStream);
        // Attached before reading starts, so no line is missed.
        process.ErrorDataReceived += (_, e) => ffmpeg.Keep(e.Data);
        process.OutputDataReceived += (_, e) => ffmpeg.Keep(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return ffmpeg;
    }

    /// <summary>Waits for ffmpeg to exit and for its output to be read to the end; returns the exit code.</summary>
    public async Task<int> WaitForExitAsync(CancellationToken cancellation)
    {
        await process.WaitForExitAsync(cancellation).ConfigureAwait(false);
        return process.ExitCode;
    }

    /// <summary>The last lines ffmpeg wrote, oldest first.</summary>
    public string StderrTail()
    {
        lock (tail)
        {
            return string.Join(Environment.NewLine, tail);
        }
    }

    /// <summary>Stops ffmpeg at once (cancellation, or a frame failed); safe to call more than once.</summary>
    public void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (Win32Exception)
        {
            // Exiting as we asked; nothing left to stop.
        }
    }

    /// <summary>Kills ffmpeg if still running and waits (briefly) until it has let go of its files.</summary>
    public void KillAndWait()
    {
        Kill();
        try
        {
            // The timed wait does not wait for stderr's last lines; once it says ffmpeg has exited, the untimed one
            // drains them, so a failure can quote ffmpeg's own words.
            if (process.WaitForExit(5000))
            {
                process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
        }
    }

    public void Dispose()
    {
        KillAndWait();
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }
        lock (tail)
        {
            tail.Enqueue(line.TrimEnd());
            while (tail.Count > TailLines)
            {
                tail.Dequeue();
            }
        }
    }
}
