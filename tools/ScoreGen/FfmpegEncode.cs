using System.Diagnostics;

namespace LegacyPress.Tools.ScoreGen;

/// <summary>One ffmpeg compression of a WAV: the only place its command line is spelled out.</summary>
public sealed record FfmpegEncode(string InputWav, string Output, string Codec, int BitrateKbps)
{
    /// <summary>Vorbis for .ogg, Opus for .opus; null for anything else.</summary>
    public static FfmpegEncode? For(string inputWav, string output) => Path.GetExtension(output).ToLowerInvariant() switch
    {
        ".ogg" => new FfmpegEncode(inputWav, output, "libvorbis", 128),
        ".opus" => new FfmpegEncode(inputWav, output, "libopus", 128),
        _ => null,
    };

    public IReadOnlyList<string> Arguments =>
        ["-hide_banner", "-loglevel", "error", "-y", "-i", InputWav, "-c:a", Codec, "-b:a", $"{BitrateKbps}k", Output];

    /// <summary>Finds ffmpeg on PATH, or null when it is not installed.</summary>
    public static string? FindExecutable()
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return directories.Select(d => Path.Combine(d, "ffmpeg")).FirstOrDefault(File.Exists);
    }

    /// <summary>Runs ffmpeg; returns its error output when it fails, null on success.</summary>
    public async Task<string?> RunAsync(string ffmpeg, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(ffmpeg) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {ffmpeg}.");
        string errors = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0 ? null : $"ffmpeg exited with {process.ExitCode}: {errors.Trim()}";
    }
}
