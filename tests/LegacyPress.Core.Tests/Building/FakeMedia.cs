using LegacyPress.Core.Loading;

namespace LegacyPress.Core.Tests.Building;

/// <summary>
/// Media that always decodes: stills of 640×360, sounds of <paramref name="audioSeconds"/> (files under a
/// <c>music</c> folder of <paramref name="musicSeconds"/>, when given), any LUT. Core tests stay free of codecs.
/// </summary>
public sealed class FakeMedia(double audioSeconds = 3, double? musicSeconds = null) : IMediaInspector
{
    public MediaInfo InspectImage(string fullPath) => new(null, 640, 360);

    public MediaInfo InspectAudio(string fullPath) =>
        new(null, DurationSeconds: musicSeconds is { } music && fullPath.Contains($"{Path.DirectorySeparatorChar}music{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? music : audioSeconds);

    public MediaInfo InspectLut(string fullPath) => new(null);
}
