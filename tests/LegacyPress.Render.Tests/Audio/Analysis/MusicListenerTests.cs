using System.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Analysis;
using LegacyPress.TestSupport.Music;

namespace LegacyPress.Render.Tests.Audio.Analysis;

/// <summary>The edge: a real file decoded by ffmpeg, analysed once, then read back from the project cache.</summary>
public sealed class MusicListenerTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("lp-beats-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string WriteOgg(SyntheticPiece piece, string name)
    {
        var wav = Path.Combine(dir, name + ".wav");
        MonoWav.Write(wav, piece.Samples, piece.SampleRateHz);
        var ogg = Path.Combine(dir, name + ".ogg");
        using var ffmpeg = Process.Start(new ProcessStartInfo("ffmpeg", ["-v", "error", "-y", "-i", wav, "-c:a", "libvorbis", "-q:a", "5", ogg]) { RedirectStandardError = true })!;
        ffmpeg.WaitForExit();
        Assert.Equal(0, ffmpeg.ExitCode);
        return ogg;
    }

    [Fact]
    public async Task An_unchanged_file_is_decoded_once_and_then_read_from_the_cache()
    {
        var piece = SyntheticMusic.ClickTrack(90, 0.4, 12, seed: 2);
        var file = WriteOgg(piece, "score");
        var decodes = 0;
        MonoDecode counting = (path, rate, max, ct) =>
        {
            decodes++;
            return MonoAudioDecoder.DecodeAsync(path, rate, max, ct);
        };
        var cache = MusicAnalysisCache.ForProject(Path.Combine(dir, ".legacypress", "cache"));
        var listener = new MusicListener(cache, counting);

        var first = await listener.ListenAsync(file, MusicGridSettings.Default, "music/score.ogg", CancellationToken.None);
        var second = await new MusicListener(cache, counting).ListenAsync(file, MusicGridSettings.Default, "music/score.ogg", CancellationToken.None);

        Assert.Equal(1, decodes);
        Assert.Equal(first.BeatSeconds, second.BeatSeconds);
        Assert.Equal(first.TempoBpm, second.TempoBpm);
        Assert.InRange(BeatScore.FMeasure(piece.BeatSeconds, first.BeatSeconds), 0.95, 1);
        var record = Assert.Single(Directory.GetFiles(Path.Combine(dir, ".legacypress", "cache", "music")));
        Assert.Equal(await MusicAnalysisCache.KeyAsync(file, MusicGridSettings.Default, CancellationToken.None) + ".json", Path.GetFileName(record));
    }

    [Fact]
    public async Task Changed_grid_settings_are_a_new_analysis()
    {
        var file = WriteOgg(SyntheticMusic.ClickTrack(90, 0.4, 8, seed: 2), "score");
        var decodes = 0;
        var listener = new MusicListener(new MusicAnalysisCache(Path.Combine(dir, "music")), (p, r, m, ct) => { decodes++; return MonoAudioDecoder.DecodeAsync(p, r, m, ct); });

        await listener.ListenAsync(file, MusicGridSettings.Default, "music/score.ogg", CancellationToken.None);
        var fixedGrid = await listener.ListenAsync(file, MusicGridSettings.Default with { TempoBpm = 90, FirstBeatSeconds = 0.4 }, "music/score.ogg", CancellationToken.None);

        Assert.Equal(2, decodes);
        Assert.Equal(0.4, fixedGrid.BeatSeconds[0], 9);
    }

    [Fact]
    public async Task A_damaged_cache_record_is_only_a_miss()
    {
        var file = WriteOgg(SyntheticMusic.ClickTrack(100, 0.2, 8, seed: 4), "score");
        var cache = new MusicAnalysisCache(Path.Combine(dir, "music"));
        var key = await MusicAnalysisCache.KeyAsync(file, MusicGridSettings.Default, CancellationToken.None);
        Directory.CreateDirectory(cache.Directory);
        File.WriteAllText(cache.PathFor(key), "{ half a record");

        var analysis = await new MusicListener(cache).ListenAsync(file, MusicGridSettings.Default, "music/score.ogg", CancellationToken.None);

        Assert.InRange(analysis.TempoBpm, 99, 101);
        Assert.Equal(analysis.BeatSeconds, cache.TryLoad(key)!.BeatSeconds);
    }

    [Fact]
    public async Task A_track_gets_its_analysis_filled_in()
    {
        var file = WriteOgg(SyntheticMusic.ClickTrack(120, 0.1, 8, seed: 3), "bed");
        var track = new MusicTrack("bed", file, 0, null, 0, false, 0, 0, 0, null, null);

        var listened = await new MusicListener(new MusicAnalysisCache(Path.Combine(dir, "music"))).ListenAsync(track, "music/bed.ogg", CancellationToken.None);

        Assert.NotNull(listened.Analysis);
        Assert.InRange(listened.Analysis.TempoBpm, 118, 122);
    }
}
