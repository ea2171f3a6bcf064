using System.Diagnostics;
using LegacyPress.Render.Audio;
using LegacyPress.Tools.ScoreGen;

// Usage: dotnet run --project tools/ScoreGen -- samples/legacy/music/score.ogg
// Writes the WAV beside the requested file, then compresses it with ffmpeg when the name asks for .ogg or .opus.
string output = args.Length > 0 ? args[0] : Path.Combine("samples", "legacy", "music", "score.ogg");
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var clock = Stopwatch.StartNew();
var score = ScoreRenderer.Render(seed: 1, cancellation.Token);
string wavPath = Path.ChangeExtension(output, ".wav");
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(wavPath))!);
await using (var file = File.Create(wavPath))
{
    score.WriteWav(file, WavSampleFormat.Pcm24);
}

Console.WriteLine($"Wrote {wavPath}: {score.DurationSeconds:F1} s, peak {20 * Math.Log10(score.PeakAbsolute()):F2} dBFS, in {clock.Elapsed.TotalSeconds:F1} s.");

var encode = FfmpegEncode.For(wavPath, output);
if (encode is null)
{
    return 0;
}

string? ffmpeg = FfmpegEncode.FindExecutable();
if (ffmpeg is null)
{
    Console.Error.WriteLine($"ffmpeg is not on PATH, so {output} was not written; the WAV is at {wavPath}.");
    return 2;
}

string? failure = await encode.RunAsync(ffmpeg, cancellation.Token);
if (failure is not null)
{
    Console.Error.WriteLine(failure);
    return 1;
}

Console.WriteLine($"Wrote {output} ({encode.Codec}, {encode.BitrateKbps} kbps).");
return 0;
