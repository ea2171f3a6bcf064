using LegacyPress.Core.Files;
using System.Diagnostics;
using LegacyPress.Core.Release;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Tools;

using LegacyPress.Render.Look.Matching;

namespace LegacyPress.Render.Films.Segments;

/// <summary>
/// Renders a film as independently encoded pieces kept in a cache folder, named by their fingerprint, so a
/// re-render encodes only the pieces whose inputs changed — on this machine, or on a render farm when given its
/// <see cref="IPieceRenderer"/> — then joins them by stream copy (ffmpeg's concat demuxer) and muxes the whole audio
/// mix over the joined picture.
/// </summary>
public sealed class SegmentedFilmRenderer(FrameDrawerFactory drawers, string segmentsDirectory, string drawerVersion, EncodingPipeline? pipeline = null, FileHashes? hashes = null, IPieceRenderer? pieceRenderer = null)
{
    private readonly EncodingPipeline pipeline = pipeline ?? new EncodingPipeline();

    /// <exception cref="RenderException">A piece could not be encoded, or the join failed or came out incomplete.</exception>
    /// <exception cref="Core.Files.OutputWriteException">The cache or output folder is full, read-only or not writable.</exception>
    public async Task<SegmentedRenderResult> RenderAsync(RenderRequest request, IProgress<RenderProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (request.FromSeconds is not null || request.ToSeconds is not null)
        {
            throw new RenderException("a segmented render always renders the whole film; use the plain renderer for a range");
        }
        var clock = Stopwatch.StartNew();
        var timeline = request.Timeline;
        var fileHashes = hashes ?? new FileHashes();
        (request, var pieces) = FilmPieces.Plan(request, drawerVersion, fileHashes, segmentsDirectory, cancellation);
        var stale = pieces.Where(p => !File.Exists(p.FilePath)).ToList();
        if (stale.Count > 0)
        {
            var work = new PieceWork(request, pieces, stale);
            await (pieceRenderer ?? new LocalPieceRenderer(drawers, this.pipeline)).RenderAsync(work, progress, cancellation).ConfigureAwait(false);
            if (stale.FirstOrDefault(p => !File.Exists(p.FilePath)) is { } lost)
            {
                throw new RenderException($"piece {lost.Index + 1} of {pieces.Count} was reported rendered but {lost.FilePath} is not there (is the segments folder on storage every machine shares?)");
            }
        }

        await JoinAsync(pieces, request, cancellation).ConfigureAwait(false);
        Prune(request.Preset.FileTag(), pieces.Select(p => p.FilePath).ToHashSet(StringComparer.Ordinal));
        return new SegmentedRenderResult(
            Path.GetFullPath(request.OutputPath), pieces.Count, stale.Count, stale.Sum(p => p.Range.Count), timeline.TotalFrames, clock.Elapsed);
    }

    /// <summary>Concat demuxer, video stream-copied; the audio mix (if any) encoded once over the whole film.</summary>
    private async Task JoinAsync(IReadOnlyList<FilmPiece> pieces, RenderRequest request, CancellationToken cancellation)
    {
        // The list is scratch under a temporary name: never committed, deleted after the join, or by the next run if killed.
        using var list = new OutputFile(Path.Combine(segmentsDirectory, $"{request.Preset.FileTag()}-join.txt"));
        list.Write(stream =>
        {
            using var writer = new StreamWriter(stream);
            foreach (var line in ConcatList.Lines(pieces, request.Timeline.FrameRate))
            {
                writer.WriteLine(line);
            }
        });

        using var output = new OutputFile(request.OutputPath);
        var duration = request.Timeline.RuntimeSeconds;
        var job = new ConcatJob(list.TemporaryPath, duration, output.TemporaryPath) { Audio = request.AudioPath is { } audio ? new AudioInput(audio) : null };
        var result = await ExternalTool.TryRunAsync(pipeline.Ffmpeg.Executable, FfmpegArguments.For(job), null, cancellation).ConfigureAwait(false)
            ?? throw new RenderException(FfmpegTool.NotFoundMessage);
        if (result.ExitCode != 0)
        {
            throw WriteFailures.FromToolOutput(result.StandardError) is { } reason
                ? new OutputWriteException(output.FinalPath, reason)
                : new RenderException($"ffmpeg could not join the film's {pieces.Count} pieces: {result.ErrorTail()}");
        }
        await pipeline.Check.VerifyAsync(output, request.Timeline.TotalFrames, job.Audio is not null, result.StandardError, cancellation).ConfigureAwait(false);
        output.Commit();
    }

    /// <summary>
    /// Pieces of this preset (or custom size) no longer in the film are deleted, so the cache holds one film's worth per preset; so are
    /// the temporary files killed runs left here. A run still going keeps its temporary files.
    /// </summary>
    private void Prune(string preset, HashSet<string> keep)
    {
        foreach (var file in Directory.EnumerateFiles(segmentsDirectory, $"{preset}-*.mp4"))
        {
            if (!keep.Contains(file) && !Path.GetFileName(file).Contains(TemporaryFiles.Marker, StringComparison.Ordinal))
            {
                File.Delete(file);
            }
        }
        TemporaryFiles.CleanLeftovers(segmentsDirectory);
    }
}

/// <summary>A finished segmented render: how many pieces, how many were encoded afresh, how long it took.</summary>
public sealed record SegmentedRenderResult(string OutputPath, int Pieces, int PiecesRendered, int FramesRendered, int TotalFrames, TimeSpan Elapsed);
