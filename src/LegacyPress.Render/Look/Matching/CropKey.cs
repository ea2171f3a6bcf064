using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Release;

namespace LegacyPress.Render.Look.Matching;

/// <summary>What a shot's measured crop is made of: its still's bytes and how the film frames it, as one hash.</summary>
public sealed class CropKey(Film film, FileHashes hashes)
{
    public string Of(ShotSegment segment) => Fingerprint.Of(
        FingerprintInput.Text("version", LookSurvey.Version),
        FingerprintInput.Text("still", hashes.Of(film.Project.Resolve(segment.Shot.ImagePath))),
        FingerprintInput.Value("framing", new { segment.Shot.Fit, segment.Shot.Focus, segment.Motion, film.Output.AspectRatio, ShownCrops.WidthPixels })).Sha256;
}
