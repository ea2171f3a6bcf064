using LegacyPress.Core.Model;

namespace LegacyPress.Render.Audio.Analysis;

/// <summary>
/// The edge of music analysis: decodes a music file (mono, <see cref="MusicAnalyzer.SampleRateHz"/>), hands the
/// samples to <see cref="MusicAnalyzer"/>, and keeps the result in a <see cref="MusicAnalysisCache"/>, so an unchanged
/// file with unchanged grid settings is never decoded twice.
/// </summary>
public sealed class MusicListener(MusicAnalysisCache cache, MonoDecode? decode = null)
{
    private readonly MonoDecode decode = decode ?? MonoAudioDecoder.DecodeAsync;

    /// <summary>The analysis of <paramref name="filePath"/> under <paramref name="grid"/>; <paramref name="displayName"/> (e.g. <c>music/score.ogg</c>) names it in errors.</summary>
    /// <exception cref="MusicAnalysisException">The file is silent, too short or has no steady beat.</exception>
    public async Task<MusicAnalysis> ListenAsync(string filePath, MusicGridSettings grid, string displayName, CancellationToken cancellation)
    {
        var key = await MusicAnalysisCache.KeyAsync(filePath, grid, cancellation);
        if (cache.TryLoad(key) is { } cached)
        {
            return cached;
        }
        var samples = await decode(filePath, MusicAnalyzer.SampleRateHz, MusicAnalyzer.LongestSeconds, cancellation);
        var analysis = MusicAnalyzer.Analyse(samples, MusicAnalyzer.SampleRateHz, grid, displayName, cancellation);
        cache.Save(key, analysis);
        return analysis;
    }

    /// <summary>The track with its <see cref="MusicTrack.Analysis"/> filled in (the grid settings applied).</summary>
    public async Task<MusicTrack> ListenAsync(MusicTrack track, string displayName, CancellationToken cancellation) =>
        track with { Analysis = await ListenAsync(track.FilePath, track.Grid, displayName, cancellation) };
}
