using LegacyPress.Core.Loading;

namespace LegacyPress.Core.Tests.Building;

/// <summary>Media that always decodes: stills of 640×360, sounds of <paramref name="audioSeconds"/>, any LUT. Core tests stay free of codecs.</summary>
public sealed class FakeMedia(double audioSeconds = 3) : IMediaInspector
{
    public MediaInfo InspectImage(string fullPath) => new(null, 640, 360);

    public MediaInfo InspectAudio(string fullPath) => new(null, DurationSeconds: audioSeconds);

    public MediaInfo InspectLut(string fullPath) => new(null);
}
