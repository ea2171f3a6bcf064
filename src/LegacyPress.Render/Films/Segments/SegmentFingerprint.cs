using LegacyPress.Core.Captions;
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
public sealed class SegmentFingerprint(Film film, RenderPreset preset, string drawerVersion, FileHashes hashes)
{
    /// <summary>Bump when the segment encode itself changes (container, stitching options).</summary>
    public const string FormatVersion = "segments-v1";

    /// <param name="burnedCaptions">Cues burned into the picture, if any: those on screen in the piece are part of what it shows.</param>
    public Fingerprint Of(Timeline timeline, FrameRange range, IReadOnlyList<CaptionCue>? burnedCaptions = null)
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
            // The colour-match settings are in each matched shot's match key below, so a change reaches only its pieces.
            FingerprintInput.Value("look", film.Look with { Match = null }),
            FingerprintInput.Value("transitions", transitions.Select(t => new { t.Spec, t.StartFrame, t.FrameCount }).ToList()),
            FingerprintInput.Value("burned captions", burnedCaptions?.Where(c => OnScreen(c, range, timeline)).ToList()),
        };
        if (film.Look.LutPath is { } lut)
        {
            inputs.Add(FingerprintInput.Text("lut file", StillHash(film.Project.Resolve(lut))));
        }
        var starting = new Dictionary<int, int>();
        foreach (var segment in segments)
        {
            // Two segments start on one frame when a transition lasts the whole of a shot; the second is told apart by
            // its place (the first keeps the plain name, so no other piece's fingerprint changes).
            var nth = starting[segment.StartFrame] = starting.GetValueOrDefault(segment.StartFrame) + 1;
            var at = nth == 1 ? $"{segment.StartFrame}" : $"{segment.StartFrame}#{nth}";
            inputs.Add(FingerprintInput.Value($"segment {at}", Describe(segment)));
            if (segment is ShotSegment shot)
            {
                inputs.Add(FingerprintInput.Text($"still {at}", StillHash(film.Project.Resolve(shot.Shot.ImagePath))));
                if (film.ColourMatches?.GetValueOrDefault(shot.Shot.Id) is { } match)
                {
                    inputs.Add(FingerprintInput.Text($"colour match {at}", match.Key));
                }
            }
        }
        return Fingerprint.Of(inputs);
    }

    private static bool OnScreen(CaptionCue cue, FrameRange range, Timeline timeline) =>
        cue.EndSeconds > timeline.Seconds(range.StartFrame) && cue.StartSeconds < timeline.Seconds(range.EndFrame);

    /// <summary>What a drawer reads of a segment. A shot's act is named, not listed: its other shots draw nothing here.</summary>
    private static object Describe(Segment segment) => segment switch
    {
        ShotSegment s => new { s.StartFrame, s.FrameCount, s.Shot, ActNumber = s.Act.Number, ActTitle = s.Act.Title, s.ShotNumber, s.Motion },
        CardSegment c => new { c.StartFrame, c.FrameCount, c.Card },
        _ => segment,
    };

    // A still is hashed once per run however many pieces (and steps) show it.
    private string StillHash(string path) => hashes.Of(path);
}
