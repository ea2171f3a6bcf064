using LegacyPress.Core.Audio;
using LegacyPress.Render.Audio.Dsp;
using LegacyPress.Render.Audio.Synths;

namespace LegacyPress.Render.Audio.Mixing;

/// <summary>Executes an <see cref="AudioPlan"/>: decodes or synthesises every clip and lays it into its stem, sample-exact.</summary>
public sealed class StemMixer
{
    public async Task<Stems> MixAsync(AudioPlan plan, CancellationToken cancellation)
    {
        var length = StereoBuffer.SampleCountFor(plan.DurationSeconds);
        var dialogue = new StereoBuffer(length);
        var effects = new StereoBuffer(length);
        var music = new StereoBuffer(length);
        foreach (var clip in plan.Dialogue)
        {
            AddAt(dialogue, await LoadAsync(clip.Source, cancellation), clip.StartSeconds, Decibels.ToGain(clip.GainDb), clip.MaxSeconds);
        }
        foreach (var clip in plan.Effects)
        {
            AddAt(effects, await LoadAsync(clip.Source, cancellation), clip.StartSeconds, Decibels.ToGain(clip.GainDb), clip.MaxSeconds);
        }
        foreach (var placement in plan.Music)
        {
            await AddMusicAsync(music, placement, cancellation);
        }
        return new Stems(dialogue, music, effects);
    }

    private static async Task<StereoBuffer> LoadAsync(AudioSource source, CancellationToken cancellation) => source switch
    {
        AudioSource.File f => await AudioDecoder.DecodeAsync(f.FullPath, cancellation),
        AudioSource.Synth s => SoundSynths.TryGet(s.Effect, out var synth)
            ? synth.Synthesize(new SynthParameters(s.DurationSeconds, s.Pitch, s.Intensity, s.Seed))
            : throw new InvalidOperationException($"no synthesiser named '{s.Effect}'"),
        AudioSource.Generated g => LevelMatched(await AudioDecoder.DecodeAsync(g.FullPath, cancellation, maxSeconds: g.DurationSeconds)),
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    /// <summary>A generated take comes at whatever level ElevenLabs made it; it gets a synth's finishing so effects from either source sit alike.</summary>
    private static StereoBuffer LevelMatched(StereoBuffer take)
    {
        Mastering.MatchEffectLevel(take);
        return take;
    }

    /// <summary>Adds <paramref name="clip"/> into <paramref name="stem"/> from a film time; what runs past the end is dropped.</summary>
    internal static void AddAt(StereoBuffer stem, StereoBuffer clip, double startSeconds, double gain, double? maxSeconds)
    {
        var offset = StereoBuffer.SampleCountFor(startSeconds);
        var count = Math.Min(clip.Length, stem.Length - offset);
        if (maxSeconds is { } max)
        {
            count = Math.Min(count, StereoBuffer.SampleCountFor(max));
        }
        var g = (float)gain;
        for (var i = Math.Max(0, -offset); i < count; i++)
        {
            stem.Left[offset + i] += clip.Left[i] * g;
            stem.Right[offset + i] += clip.Right[i] * g;
        }
    }

    private static async Task AddMusicAsync(StereoBuffer stem, MusicPlacement placement, CancellationToken cancellation)
    {
        var track = placement.Track;
        var span = placement.EndSeconds - placement.StartSeconds;
        if (span <= 0)
        {
            return;
        }
        var source = await AudioDecoder.DecodeAsync(placement.FullPath, cancellation, track.OffsetSeconds, track.Loop ? null : span);
        if (source.Length == 0)
        {
            return;
        }
        var start = StereoBuffer.SampleCountFor(placement.StartSeconds);
        var count = Math.Min(StereoBuffer.SampleCountFor(span), stem.Length - start);
        if (!track.Loop)
        {
            count = Math.Min(count, source.Length);
        }
        var gain = Decibels.ToGain(track.GainDb);
        var fadeIn = StereoBuffer.SampleCountFor(track.FadeInSeconds);
        var fadeOut = StereoBuffer.SampleCountFor(track.FadeOutSeconds);
        for (var i = 0; i < count; i++)
        {
            var filmSeconds = (start + i) / (double)StereoBuffer.SampleRate;
            var g = gain;
            if (i < fadeIn) g *= (double)i / fadeIn;
            if (count - i <= fadeOut) g *= (double)(count - i) / fadeOut;
            if (placement.Ducking is { } duck) g *= Decibels.ToGain(duck.GainDbAt(filmSeconds));
            var s = i % source.Length;
            stem.Left[start + i] += (float)(source.Left[s] * g);
            stem.Right[start + i] += (float)(source.Right[s] * g);
        }
    }
}
