using LegacyPress.Core.Audio;
using LegacyPress.Core.Files;
using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Dsp;

namespace LegacyPress.Render.Audio.Mixing;

/// <summary>What a soundtrack build wrote and how loud it measured before and after normalisation.</summary>
public sealed record SoundtrackResult(string MixPath, IReadOnlyList<string> StemPaths, LoudnessMeasurement Before, LoudnessMeasurement After);

/// <summary>
/// Builds the film's soundtrack from its plan: stems mixed sample-exact, summed, normalised to the loudness
/// target, written atomically as a 48 kHz float WAV; optionally the stems too (for editors).
/// </summary>
public sealed class SoundtrackBuilder
{
    public async Task<SoundtrackResult> BuildAsync(AudioPlan plan, string mixPath, string? stemsDirectory, CancellationToken cancellation)
    {
        var stems = await new StemMixer().MixAsync(plan, cancellation);
        var directory = Path.GetDirectoryName(Path.GetFullPath(mixPath))!;
        Directory.CreateDirectory(directory);
        // The unnormalised sum is scratch, never an output: it is deleted whatever happens.
        var raw = Path.Combine(directory, $".{Path.GetFileName(mixPath)}.raw-{Guid.NewGuid():N}.wav");
        try
        {
            using (var stream = File.Create(raw))
            {
                stems.Sum().WriteWav(stream);
            }
            using var mix = new OutputFile(mixPath);
            var before = await LoudnessNormalizer.NormalizeAsync(raw, mix.TemporaryPath, plan.Loudness, cancellation);
            var after = await LoudnessNormalizer.MeasureAsync(mix.TemporaryPath, plan.Loudness, cancellation);
            mix.Commit();
            var stemPaths = stemsDirectory is null ? [] : WriteStems(stems, stemsDirectory, before, plan.Loudness);
            return new SoundtrackResult(mixPath, stemPaths, before, after);
        }
        finally
        {
            File.Delete(raw);
        }
    }

    /// <summary>Stems get the same gain the mix got, so they sum to the delivered mix in an editor.</summary>
    private static List<string> WriteStems(Stems stems, string directory, LoudnessMeasurement before, LoudnessTarget target)
    {
        Directory.CreateDirectory(directory);
        var gain = (float)Decibels.ToGain(target.IntegratedLufs - before.IntegratedLufs);
        var paths = new List<string>();
        foreach (var (name, buffer) in new[] { ("dialogue", stems.Dialogue), ("music", stems.Music), ("effects", stems.Effects) })
        {
            var scaled = new StereoBuffer(buffer.Length);
            for (var i = 0; i < buffer.Length; i++)
            {
                scaled.Left[i] = buffer.Left[i] * gain;
                scaled.Right[i] = buffer.Right[i] * gain;
            }
            var path = Path.Combine(directory, $"{name}.wav");
            WriteWav(scaled, path);
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>Writes a WAV through a temp name so a crash never leaves half a file under the real name.</summary>
    private static void WriteWav(StereoBuffer buffer, string path)
    {
        using var output = new OutputFile(path);
        using (var stream = output.Create())
        {
            buffer.WriteWav(stream);
        }
        output.Commit();
    }
}
