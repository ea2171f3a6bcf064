using LegacyPress.Core.Model;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Loading;

/// <summary>
/// Reads an <c>at:</c> tied to the music: <c>{ beat: 3, offset: 0.1 }</c> (a sound effect on its shot's third beat)
/// or <c>{ marker: climax, offset: -0.5 }</c>. Whether the marker exists is checked once every track is read
/// (<see cref="MusicAnchorCheck"/>).
/// </summary>
internal static class MusicAnchorReader
{
    /// <summary>An offset from a beat or marker longer than this is no longer tied to it.</summary>
    public const double MaxOffsetSeconds = 10;

    /// <summary>More beats than this into one shot is a typing mistake (an hour of 300 bpm).</summary>
    public const int MaxBeat = 18_000;

    /// <summary>True when <paramref name="key"/> holds a mapping, so the caller reads an anchor instead of seconds.</summary>
    public static bool IsAnchor(MappingReader owner, string key) => owner.Raw(key) is YamlMappingNode;

    public static MusicAnchor? Read(MappingReader owner, string key, bool beatAllowed)
    {
        if (owner.Mapping(key, $"{owner.Subject} {key}") is not { } map)
        {
            return null;
        }
        var offset = map.NumberInRange("offset", -MaxOffsetSeconds, MaxOffsetSeconds) ?? 0;
        MusicAnchor? anchor = null;
        if (map.Has("beat") && beatAllowed)
        {
            if (map.Integer("beat") is { } beat)
            {
                if (beat is < 1 or > MaxBeat)
                {
                    map.Error("beat", $"'beat' counts the shot's beats from 1, got {beat}");
                }
                else
                {
                    anchor = new MusicAnchor.Beat(beat, offset, map.Location);
                }
            }
            if (map.Has("marker"))
            {
                map.Error("marker", "give 'beat' or 'marker', not both");
            }
        }
        else if (map.Text("marker") is { Length: > 0 } marker)
        {
            anchor = new MusicAnchor.Marker(marker, offset, map.Location);
        }
        else
        {
            map.ErrorHere(beatAllowed
                ? "needs 'beat' (the shot's Nth beat) or 'marker' (a music marker's name)"
                : "needs 'marker' (a music marker's name)");
        }
        map.Finish();
        return anchor;
    }
}
