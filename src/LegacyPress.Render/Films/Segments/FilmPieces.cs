
using LegacyPress.Core.Release;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Look.Matching;

namespace LegacyPress.Render.Films.Segments;

/// <summary>One independently encoded piece of a cut: its place in the cut's piece list, its frames, its fingerprint and its cache file.</summary>
public sealed record FilmPiece(int Index, FrameRange Range, string Fingerprint, string FilePath);

/// <summary>
/// The pieces a request's cut is encoded in, each named by its fingerprint inside the segments folder. The coordinator
/// of a render and every farm worker build this list the same way, so a worker can check that the piece it was sent
/// is the piece it would draw from the project it sees.
/// </summary>
public static class FilmPieces
{
    /// <summary>How many characters of the SHA-256 name a piece file: enough that two pieces never collide.</summary>
    private const int NameLength = 24;

    /// <summary>
    /// The request with its colour matches resolved — which LUT each matched shot is drawn through is part of what its
    /// pieces show — and its pieces fingerprinted from that: what both a render's coordinator and a farm worker plan.
    /// </summary>
    public static (RenderRequest Resolved, IReadOnlyList<FilmPiece> Pieces) Plan(RenderRequest request, string drawerVersion, FileHashes hashes, string segmentsDirectory, CancellationToken cancellation)
    {
        var resolved = request with { Film = ColourMatching.Resolve(request.Film, request.Timeline, hashes, cancellation) };
        return (resolved, Of(resolved, drawerVersion, hashes, segmentsDirectory));
    }

    /// <param name="request">A request whose film has its colour matches resolved (<see cref="ColourMatching"/>).</param>
    public static IReadOnlyList<FilmPiece> Of(RenderRequest request, string drawerVersion, FileHashes hashes, string segmentsDirectory)
    {
        var timeline = request.Timeline;
        var fingerprints = new SegmentFingerprint(request.Film, request.Preset, drawerVersion, hashes);
        return FilmSegmentPlanner.Plan(timeline)
            .Select((range, index) =>
            {
                var sha = fingerprints.Of(timeline, range, request.BurnedCaptions).Sha256;
                return new FilmPiece(index, range, sha, Path.Combine(segmentsDirectory, $"{request.Preset.FileTag()}-{sha[..NameLength]}.mp4"));
            })
            .ToList();
    }

    /// <summary>The encoder settings every piece of a cut is encoded with: the preset's, made stitchable for the stream-copy join.</summary>
    public static X264Settings Encoder(RenderPreset preset) => preset.X264 with { Stitchable = true };
}
