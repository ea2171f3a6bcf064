using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;

namespace LegacyPress.Core.Loading;

/// <summary>
/// Once every track and shot is read: marker names are unique across the film's tracks, every <c>at: { marker }</c>
/// names one of them (with a did-you-mean), and nothing is tied to a beat or marker in a film without music.
/// </summary>
internal static class MusicAnchorCheck
{
    public static void Report(IReadOnlyList<MusicTrack> music, IReadOnlyList<Act> acts, DiagnosticBag diagnostics)
    {
        var markers = new Dictionary<string, MusicMarker>(StringComparer.Ordinal);
        foreach (var track in music)
        {
            foreach (var marker in track.Grid.Markers)
            {
                if (markers.TryGetValue(marker.Name, out var first))
                {
                    diagnostics.Add(marker.Location, $"music '{track.Id}': marker '{marker.Name}' is already named on line {first.Location.Line}; marker names are one list for the whole film");
                }
                else
                {
                    markers[marker.Name] = marker;
                }
            }
        }
        foreach (var shot in acts.SelectMany(a => a.Shots))
        {
            var anchors = shot.Sounds.Select(s => s.Anchor).Append(shot.StartAnchor).OfType<MusicAnchor>();
            foreach (var anchor in anchors)
            {
                var what = ReferenceEquals(anchor, shot.StartAnchor) ? "at" : "sfx";
                if (music.Count == 0)
                {
                    diagnostics.Add(anchor.Location, $"shot '{shot.Id}' {what}: {(anchor is MusicAnchor.Beat ? "a beat" : "a marker")} needs a music track, and the film has none");
                }
                else if (anchor is MusicAnchor.Marker marker && !markers.ContainsKey(marker.Name))
                {
                    var known = markers.Keys.ToList();
                    diagnostics.Add(anchor.Location, known.Count == 0
                        ? $"shot '{shot.Id}' {what}: marker '{marker.Name}' is not named on any music track (add markers: [{{ at: SECONDS, name: {marker.Name} }}] to the track)"
                        : $"shot '{shot.Id}' {what}: no music track names marker '{marker.Name}'{DidYouMean.Hint(marker.Name, known)} (markers: {string.Join(", ", known)})");
                }
            }
        }
    }
}
