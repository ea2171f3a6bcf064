using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Release;
using LegacyPress.Render.Encoding;

namespace LegacyPress.Render.Films.Segments;

/// <summary>
/// The fingerprint of one piece of the film: exactly what its frames are drawn from — the shots and cards on
/// screen (with their stills' bytes), the transitions, the look, the frame size and encoder settings, and its
/// frame numbers (grain and other per-frame effects may depend on them).
/// </summary>
public sealed class SegmentFingerprint(Film film, RenderPreset preset, string drawerVersion)
{
    /// <summary>Bump when the segment encode itself changes (container, stitching options).</summary>
    public const string FormatVersion = "segments-v1";

    // A still is hashed once per run however many pieces show it.
    private readonly Dictionary<string, string> stillHashes = new(StringComparer.Ordinal);

    public Fingerprint Of(Timeline timeline, FrameRange range)
    {
        var (segments, transitions) = FilmSegmentPlanner.Contents(timeline, range);
        var inputs = new List<FingerprintInput>
        {
            FingerprintInput.Text("format", FormatVersion),
            FingerprintInput.Text("drawer", drawerVersion),
            FingerprintInput.Value("range", new[] { range.StartFrame, range.EndFrame }),
            // As text, "30" hashes as the plain number did before rates were fractions: whole-rate caches stay valid.
            FingerprintInput.Text("fps", timeline.FrameRate.ToString()),
            FingerprintInput.Value("preset", preset),
            FingerprintInput.Value("look", film.Look),
            FingerprintInput.Value("transitions", transitions.Select(t => new { t.Spec, t.StartFrame, t.FrameCount }).ToList()),
        };
        if (film.Look.LutPath is { } lut)
        {
            inputs.Add(FingerprintInput.Text("lut file", StillHash(film.Project.Resolve(lut))));
        }
        foreach (var segment in segments)
        {
            inputs.Add(FingerprintInput.Value($"segment {segment.StartFrame}", Describe(segment)));
            if (segment is ShotSegment shot)
            {
                inputs.Add(FingerprintInput.Text($"still {segment.StartFrame}", StillHash(film.Project.Resolve(shot.Shot.ImagePath))));
            }
        }
        return Fingerprint.Of(inputs);
    }

    /// <summary>What a drawer reads of a segment. A shot's act is named, not listed: its other shots draw nothing here.</summary>
    private static object Describe(Segment segment) => segment switch
    {
        ShotSegment s => new { s.StartFrame, s.FrameCount, s.Shot, ActNumber = s.Act.Number, ActTitle = s.Act.Title, s.ShotNumber, s.Motion },
        CardSegment c => new { c.StartFrame, c.FrameCount, c.Card },
        _ => segment,
    };

    private string StillHash(string path)
    {
        if (!stillHashes.TryGetValue(path, out var hash))
        {
            hash = FingerprintInput.FileHash(path);
            stillHashes[path] = hash;
        }
        return hash;
    }
}
