using System.Globalization;
using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Analysis;
using LegacyPress.Render.Tools;
using LegacyPress.TestSupport.Music;

namespace LegacyPress.Bench;

/// <summary>
/// `beats`: accuracy of the beat tracker (issue 18) against Debian's aubio on generated music whose beats are known —
/// click tracks, and ScoreGen-style pieces (plucked or drummed, some swung, some ramping ±10% mid-piece) — then the
/// sample film's score. F-measure at ±70 ms and tempo error, ours and aubio's side by side. `beats FILE` analyses one file.
/// </summary>
internal static class BeatAccuracy
{
    private const double PieceSeconds = 60;

    public static async Task RunAsync(string folder, string? file)
    {
        if (file is not null)
        {
            await AnalyseFileAsync(file, sampleTruth: Path.GetFileName(file) == "score.ogg");
            return;
        }
        var aubio = await ExternalTool.TryRunAsync("aubio", ["-V"], null, CancellationToken.None) is not null;
        Console.WriteLine($"\n== beats: F-measure at ±{BeatScore.ToleranceSeconds * 1000:0} ms and tempo error, {PieceSeconds:0} s each");
        if (!aubio)
        {
            Console.WriteLine("aubio not found: its column is skipped (install it with: apt-get install -y aubio-tools)");
        }
        Console.WriteLine($"{"piece",-34} {"true BPM",8} | {"ours F",7} {"BPM",8} {"err %",6} {"mean off ms",11} | {"aubio F",7} {"BPM",8} {"err %",6}");
        var rows = new List<(bool Steady, double OursF, double OursErr, double AubioF, double AubioErr)>();
        foreach (var piece in Pieces())
        {
            var steady = !piece.Name.Contains("ramp", StringComparison.Ordinal);
            var trueBpm = 60 / ((piece.BeatSeconds[^1] - piece.BeatSeconds[0]) / (piece.BeatSeconds.Count - 1));
            var ours = MusicAnalyzer.Analyse(piece.Samples, piece.SampleRateHz, MusicGridSettings.Default, piece.Name, CancellationToken.None);
            var oursF = BeatScore.FMeasure(piece.BeatSeconds, ours.BeatSeconds);
            var oursErr = 100 * Math.Abs(ours.TempoBpm - trueBpm) / trueBpm;
            var offsets = BeatScore.Offsets(piece.BeatSeconds, ours.BeatSeconds);
            var meanOffset = offsets.Count > 0 ? offsets.Average() * 1000 : double.NaN;
            double aubioF = double.NaN, aubioErr = double.NaN, aubioBpm = double.NaN;
            if (aubio)
            {
                var wav = Path.Combine(folder, "piece.wav");
                MonoWav.Write(wav, piece.Samples, piece.SampleRateHz);
                var beats = Numbers((await ExternalTool.RunAsync("aubio", ["beat", wav], CancellationToken.None)).StandardOutput);
                aubioBpm = Numbers((await ExternalTool.RunAsync("aubio", ["tempo", wav], CancellationToken.None)).StandardOutput).FirstOrDefault(double.NaN);
                aubioF = BeatScore.FMeasure(piece.BeatSeconds, beats);
                aubioErr = 100 * Math.Abs(aubioBpm - trueBpm) / trueBpm;
            }
            rows.Add((steady, oursF, oursErr, aubioF, aubioErr));
            Console.WriteLine($"{piece.Name,-34} {trueBpm,8:0.00} | {oursF,7:0.000} {ours.TempoBpm,8:0.00} {oursErr,6:0.00} {meanOffset,11:0.0} | {aubioF,7:0.000} {aubioBpm,8:0.00} {aubioErr,6:0.00}");
        }
        foreach (var (label, subset) in new[] { ("average, steady tempo", rows.Where(r => r.Steady).ToList()), ("average, tempo ramps", rows.Where(r => !r.Steady).ToList()), ("average, all", rows) })
        {
            Console.WriteLine($"{label,-34} {"",8} | {subset.Average(r => r.OursF),7:0.000} {"",8} {subset.Average(r => r.OursErr),6:0.00} {"",11} | {subset.Average(r => r.AubioF),7:0.000} {"",8} {subset.Average(r => r.AubioErr),6:0.00}");
        }
        var steadyRows = rows.Where(r => r.Steady).ToList();
        Program.Ratio("ours: worst F, steady tempo", steadyRows.Min(r => r.OursF), ">= 0.95", steadyRows.Min(r => r.OursF) >= 0.95);
        Program.Ratio("ours: worst tempo error %, steady", steadyRows.Max(r => r.OursErr), "<= 2", steadyRows.Max(r => r.OursErr) <= 2);

        var score = Path.Combine(SampleFolder(), "music", "score.ogg");
        if (File.Exists(score))
        {
            await AnalyseFileAsync(score, sampleTruth: true);
        }
    }

    private static IEnumerable<SyntheticPiece> Pieces()
    {
        var random = new Random(18);
        foreach (var bpm in new[] { 70.0, 90, 120, 140, 160 })
        {
            yield return SyntheticMusic.ClickTrack(bpm, random.NextDouble() * 60 / bpm, PieceSeconds, seed: (int)bpm) with { Name = $"click {bpm:0}" };
        }
        var seed = 100;
        foreach (var (bpm, style, swing, ramp) in new (double, SyntheticMusic.Style, double, double)[]
        {
            (70, SyntheticMusic.Style.Plucked, 0.5, 1), (84, SyntheticMusic.Style.Plucked, 0.6, 1), (96, SyntheticMusic.Style.Drums, 0.5, 1),
            (108, SyntheticMusic.Style.Drums, 0.6, 1), (120, SyntheticMusic.Style.Plucked, 0.5, 1), (132, SyntheticMusic.Style.Drums, 0.6, 1),
            (145, SyntheticMusic.Style.Plucked, 0.5, 1), (160, SyntheticMusic.Style.Drums, 0.5, 1),
            (90, SyntheticMusic.Style.Plucked, 0.5, 1.1), (126, SyntheticMusic.Style.Drums, 0.5, 0.9), (150, SyntheticMusic.Style.Drums, 0.6, 0.9),
        })
        {
            var name = $"{style.ToString().ToLowerInvariant()} {bpm:0}{(swing > 0.5 ? " swing 60%" : "")}{(ramp != 1 ? $" ramp {(ramp - 1) * 100:+0;-0}%" : "")}";
            yield return SyntheticMusic.Piece(name, bpm, PieceSeconds, style, seed++, swing, ramp);
        }
    }

    private static async Task AnalyseFileAsync(string file, bool sampleTruth = false)
    {
        var samples = await MonoAudioDecoder.DecodeAsync(file, MusicAnalyzer.SampleRateHz, MusicAnalyzer.LongestSeconds, CancellationToken.None);
        var a = MusicAnalyzer.Analyse(samples, MusicAnalyzer.SampleRateHz, MusicGridSettings.Default, Path.GetFileName(file), CancellationToken.None);
        Console.WriteLine($"\n{file}: {a.DurationSeconds:0.0} s, tempo {a.TempoBpm:0.000} BPM, {a.BeatSeconds.Count} beats, {a.DownbeatSeconds.Count} downbeats");
        Console.WriteLine($"  first beats: {string.Join(" ", a.BeatSeconds.Take(12).Select(b => b.ToString("0.000", CultureInfo.InvariantCulture)))}");
        Console.WriteLine($"  first downbeats: {string.Join(" ", a.DownbeatSeconds.Take(6).Select(b => b.ToString("0.000", CultureInfo.InvariantCulture)))}");
        Console.WriteLine($"  sections: {string.Join(" ", a.SectionSeconds.Select(b => b.ToString("0.0", CultureInfo.InvariantCulture)))}");
        if (sampleTruth)
        {
            // tools/ScoreGen: beats every 0.875 s from 0 (68.571 BPM), chords every two bars, acts at 70 s and 140 s.
            var truth = Enumerable.Range(0, (int)(a.DurationSeconds / 0.875) + 1).Select(k => k * 0.875).ToArray();
            var offsets = BeatScore.Offsets(truth, a.BeatSeconds);
            Console.WriteLine($"  against the score's grid: F {BeatScore.FMeasure(truth, a.BeatSeconds):0.000} over the beats tracked ({a.BeatSeconds[0]:0.00}–{a.BeatSeconds[^1]:0.00} s), tempo error {100 * Math.Abs(a.TempoBpm - 68.5714) / 68.5714:0.00}%, mean offset {offsets.Average() * 1000:0.0} ms, worst {offsets.Max(Math.Abs) * 1000:0.0} ms");
            var inRange = truth.Where(t => t >= a.BeatSeconds[0] - 0.07 && t <= a.BeatSeconds[^1] + 0.07).ToArray();
            foreach (var (act, from, to) in new[] { ("Legacy (pads, sparse motif)", 0.0, 70.0), ("Discovery (arpeggios)", 70.0, 140.0), ("Journey (full)", 140.0, 210.0) })
            {
                var t = truth.Where(x => x >= from && x < to).ToArray();
                var f = a.BeatSeconds.Where(x => x >= from - 0.035 && x < to - 0.035).ToArray();
                var o = BeatScore.Offsets(t, f);
                Console.WriteLine($"  {act,-28} F {BeatScore.FMeasure(t, f):0.000}, mean offset {(o.Count > 0 ? o.Average() * 1000 : double.NaN):0.0} ms, |offset| ≤ 33 ms for {o.Count(x => Math.Abs(x) <= 0.033)} of {t.Length} beats");
            }
            if (await ExternalTool.TryRunAsync("aubio", ["-V"], null, CancellationToken.None) is not null)
            {
                var wav = Path.Combine(Path.GetTempPath(), $"legacypress-score-{Environment.ProcessId}.wav");
                MonoWav.Write(wav, samples, MusicAnalyzer.SampleRateHz);
                var beats = Numbers((await ExternalTool.RunAsync("aubio", ["beat", wav], CancellationToken.None)).StandardOutput);
                var bpm = Numbers((await ExternalTool.RunAsync("aubio", ["tempo", wav], CancellationToken.None)).StandardOutput).FirstOrDefault(double.NaN);
                File.Delete(wav);
                Console.WriteLine($"  aubio: tempo {bpm:0.00} BPM, F {BeatScore.FMeasure(truth, beats):0.000}");
            }
            Console.WriteLine($"  F within the tracked span: {BeatScore.FMeasure(inRange, a.BeatSeconds):0.000}; downbeats on a chord start (every 8 beats) or mid-chord: {a.DownbeatSeconds.Take(6).Select(d => (d / 0.875) % 8).Select(x => x.ToString("0.0", CultureInfo.InvariantCulture)).Aggregate((x, y) => x + " " + y)}");
        }
    }

    private static IReadOnlyList<double> Numbers(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => double.TryParse(l.Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN)
            .Where(v => !double.IsNaN(v))];

    private static string SampleFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "legacy");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return Path.Combine("samples", "legacy");
    }
}
