using System.Globalization;
using LegacyPress.Core.Audio;
using LegacyPress.Core.Files;
using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Dsp;
using LegacyPress.Render.Media;

namespace LegacyPress.Render.Audio.Mixing;

/// <summary>What a soundtrack build wrote and how loud it measured before and after normalisation.</summary>
public sealed record SoundtrackResult(string MixPath, IReadOnlyList<string> StemPaths, LoudnessMeasurement Before, LoudnessMeasurement After);

/// <summary>
/// Builds the film's soundtrack from its plan: stems mixed sample-exact, summed, normalised to the loudness
/// target, written atomically as a 48 kHz float WAV; optionally the stems too (for editors). The sum and the stems are
/// written by us, through <paramref name="streams"/>; ffmpeg writes the normalised mix.
/// </summary>
public sealed class SoundtrackBuilder(OutputStreamFactory? streams = null)
{
    /// <summary>How far the written mix's length may be from the stems' (the limiter's resampling moves it by a few samples).</summary>
    private const double LengthToleranceSeconds = 0.05;

    private readonly MediaProbe probe = new();

    /// <exception cref="Tools.ExternalToolException">ffmpeg is missing or could not decode or normalise.</exception>
    /// <exception cref="OutputWriteException">The folder is full, read-only or not writable; the previous mix is untouched.</exception>
    public async Task<SoundtrackResult> BuildAsync(AudioPlan plan, string mixPath, string? stemsDirectory, CancellationToken cancellation)
    {
        var stems = await new StemMixer().MixAsync(plan, cancellation);
        using var mix = new OutputFile(mixPath, streams: streams);
        // The unnormalised sum is scratch beside the mix, never an output: a temporary name of the same form, so it is
        // deleted whatever happens here, and by the next run when this one is killed.
        using var raw = new OutputFile(mixPath, streams: streams);
        var sum = stems.Sum();
        raw.Write(stream => sum.WriteWav(stream));
        LoudnessMeasurement before, after;
        try
        {
            before = await LoudnessNormalizer.NormalizeAsync(raw.TemporaryPath, mix.TemporaryPath, plan.Loudness, cancellation);
            after = await LoudnessNormalizer.MeasureAsync(mix.TemporaryPath, plan.Loudness, cancellation);
        }
        catch (Tools.ExternalToolException e) when (WriteFailures.FromToolOutput(e.Message) is { } reason)
        {
            throw new OutputWriteException(mix.FinalPath, reason, e);
        }
        await VerifyAsync(mix, sum.Length / (double)StereoBuffer.SampleRate, cancellation);
        mix.Commit();
        var stemPaths = stemsDirectory is null ? [] : WriteStems(stems, stemsDirectory, before, plan.Loudness);
        return new SoundtrackResult(mixPath, stemPaths, before, after);
    }

    /// <summary>The normalised mix must be a whole 48 kHz stereo stream as long as the stems before it replaces the previous one.</summary>
    private async Task VerifyAsync(OutputFile mix, double expectedSeconds, CancellationToken cancellation)
    {
        var probed = await probe.ReadAsync(mix.TemporaryPath, cancellation);
        var audio = probed.Media?.FirstAudio;
        var problem = audio is null ? probed.Problem ?? "no sound stream"
            : audio.SampleRateHz != StereoBuffer.SampleRate || audio.Channels != 2 ? $"{audio.SampleRateHz} Hz, {audio.Channels} channels"
            : (audio.DurationSeconds ?? probed.Media!.DurationSeconds) is not { } seconds ? "no length"
            : Math.Abs(seconds - expectedSeconds) > LengthToleranceSeconds ? string.Create(CultureInfo.InvariantCulture, $"{seconds:0.###} s of {expectedSeconds:0.###} s")
            : null;
        if (problem is not null)
        {
            throw new Tools.ExternalToolException($"ffmpeg finished but {mix.FinalPath} came out incomplete ({problem}); the previous mix was kept");
        }
    }

    /// <summary>Stems get the same gain the mix got, so they sum to the delivered mix in an editor.</summary>
    private List<string> WriteStems(Stems stems, string directory, LoudnessMeasurement before, LoudnessTarget target)
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
    private void WriteWav(StereoBuffer buffer, string path)
    {
        using var output = new OutputFile(path, streams: streams);
        output.Write(stream => buffer.WriteWav(stream));
        output.Commit();
    }
}
