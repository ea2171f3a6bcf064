using System.Runtime.InteropServices;
using LegacyPress.Core.Looks;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Release;
using LegacyPress.Render.Look.Colour;
using LegacyPress.Render.Media;

namespace LegacyPress.Render.Look.Matching;

/// <summary>
/// Measures the look of every shot a timeline shows, group by group, and bakes the colour match of each matched
/// shot: each shot's crop (<see cref="ShownCrops"/>) measured in CIELAB, the group's reference chosen (film.yaml's,
/// else the medoid), every shot's drift from it, and for matched shots the transfer to the reference baked into a
/// 33³ LUT, applied to the crop and measured again. The work per shot runs on every core.
/// </summary>
public static class LookSurvey
{
    /// <summary>Bump when the analysis or the baking changes, so cached LUTs are made again.</summary>
    public const string Version = "look-match-v1";

    public static FilmLook Run(Film film, Timeline timeline, FileHashes hashes, CancellationToken cancellation = default)
    {
        var segments = timeline.ShotsById();
        var groups = LookGroups.Of(film);
        var members = groups
            .SelectMany(g => g.Members.Select(m => (Group: g.Name, Member: m)))
            .Where(m => segments.ContainsKey(m.Member.Shot.Id))
            .ToList();

        using var crops = new ShownCrops(film, timeline);
        var measured = new ShotLook[members.Count];
        Parallel.For(0, members.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            var (group, member) = members[i];
            measured[i] = Measure(crops, segments[member.Shot.Id], group, member.Match);
        });

        var keys = new CropKey(film, hashes);
        var byShot = measured.ToDictionary(s => s.ShotId, StringComparer.Ordinal);
        var looks = new List<GroupLook>();
        foreach (var group in groups)
        {
            var shots = group.Members.Where(m => byShot.ContainsKey(m.Shot.Id)).Select(m => byShot[m.Shot.Id]).ToList();
            looks.Add(Compare(group, shots, keys, cancellation));
        }
        return new FilmLook(looks, film.Look.WarnDeltaE, crops.FrameSize);
    }

    private static ShotLook Measure(ShownCrops crops, ShotSegment segment, string group, LookMatch? match)
    {
        try
        {
            var crop = crops.Of(segment);
            return new ShotLook(segment, group, match, crop, LookStatistics.Measure(crop), null);
        }
        catch (Exception e) when (e is LookAnalysisException or ImageRefusedException)
        {
            return new ShotLook(segment, group, match, null, null, e.Message);
        }
    }

    /// <summary>The group's reference, every shot's drift from it, and the matched shots' colour matches.</summary>
    private static GroupLook Compare(LookGroup group, List<ShotLook> shots, CropKey keys, CancellationToken cancellation)
    {
        var measurable = shots.Where(s => s.Before is not null).ToList();
        var named = group.Reference is { } id ? measurable.FirstOrDefault(s => s.ShotId == id) : null;
        var reference = named ?? (measurable.Count == 0 ? null : measurable[GroupReference.MedoidOf(measurable.Select(s => s.Before!).ToList())]);
        if (reference is null)
        {
            return new GroupLook(group.Name, group.Reference, group.Reference is not null, shots);
        }
        var compared = new ShotLook[shots.Count];
        Parallel.For(0, shots.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            var shot = shots[i];
            if (shot.Before is null)
            {
                compared[i] = shot;
                return;
            }
            var drift = Drift.Between(shot.Before, reference.Before!);
            var matched = shot.Match is { } match && !ReferenceEquals(shot, reference)
                ? MatchTo(shot, reference, match, keys)
                : null;
            compared[i] = shot with { DriftBefore = drift, After = matched };
        });
        return new GroupLook(group.Name, reference.ShotId, named is not null, compared);
    }

    private static MatchedLook MatchTo(ShotLook shot, ShotLook reference, LookMatch match, CropKey keys)
    {
        var method = MethodName(match.Method);
        var transfer = ColourTransfers.Create(method, shot.Before!, reference.Before!);
        var key = Fingerprint.Of(
            FingerprintInput.Text("version", Version),
            FingerprintInput.Text("method", method),
            FingerprintInput.Value("strength", match.Strength),
            FingerprintInput.Text("shot", keys.Of(shot.Segment)),
            FingerprintInput.Text("reference", keys.Of(reference.Segment))).Sha256;
        var cube = CubeLut.FromGrid($"{shot.ShotId} matched to {reference.ShotId} ({method})", MatchCube.DefaultSize, MatchCube.Bake(transfer, match.Strength));
        var crop = shot.Crop!.ToArray();
        new CubeGrader(cube).Apply(MemoryMarshal.Cast<byte, uint>(crop.AsSpan()));
        var after = LookStatistics.Measure(crop);
        return new MatchedLook(cube, key, crop, after, Drift.Between(after, reference.Before!));
    }

    /// <summary>The method's name as film.yaml writes it, which is also the transfer table's key.</summary>
    public static string MethodName(LookMatchMethod method) => method.ToString().ToLowerInvariant();
}
