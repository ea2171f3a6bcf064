using System.Text.Json;
using LegacyPress.Core.Files;
using LegacyPress.Render.Look.Colour;

namespace LegacyPress.Render.Look.Matching;

/// <summary><c>look.json</c> (and <c>look --json</c>): a film's look survey as plain values, rounded for reading.</summary>
public static class LookJson
{
    public static object Of(FilmLook look) => new
    {
        warnDeltaE = look.WarnDeltaE,
        outliers = look.Outliers.Select(s => s.ShotId).ToList(),
        groups = look.Groups.Select(g => new
        {
            name = g.Name,
            reference = g.ReferenceShotId,
            referenceIs = g.ReferenceShotId is null ? null : g.ReferenceNamed ? "named" : "medoid",
            meanDriftBefore = Round(g.MeanDriftBefore),
            meanDriftShown = Round(g.MeanDriftShown),
            shots = g.Shots.Select(s => new
            {
                id = s.ShotId,
                match = s.Match is { } m ? new { method = LookSurvey.MethodName(m.Method), strength = m.Strength } : null,
                problem = s.Problem,
                outlier = look.IsOutlier(s),
                before = s.Before is null ? null : Statistics(s.Before),
                driftBefore = Of(s.DriftBefore),
                after = s.After is { } a ? new { lut = a.Key, look = Statistics(a.Statistics), drift = Of(a.Drift) } : null,
            }).ToList(),
        }).ToList(),
    };

    public static string Text(FilmLook look) => JsonSerializer.Serialize(Of(look), JsonFiles.Readable);

    private static object Statistics(LookStatistics s) => new
    {
        mean = Lab(s.Mean),
        spread = new[] { Round(s.StandardDeviation.L), Round(s.StandardDeviation.A), Round(s.StandardDeviation.B) },
        lightnessP5 = Round(s.LightnessP5),
        lightnessP95 = Round(s.LightnessP95),
        contrast = Round(s.Contrast),
        whitePoint = Lab(s.WhitePoint),
        palette = s.Palette.Entries.Select(e => new { lab = Lab(e.Colour), hex = Hex(e.Colour), weight = Math.Round(e.Weight, 3) }).ToList(),
    };

    private static object? Of(Drift? drift) => drift is { } d ? new { meanDeltaE = Round(d.MeanDeltaE), paletteDeltaE = Round(d.PaletteDeltaE) } : null;

    private static double[] Lab(Lab lab) => [Round(lab.L), Round(lab.A), Round(lab.B)];

    private static string Hex(Lab lab)
    {
        var (r, g, b) = Cielab.ToSrgbBytes(lab);
        return $"#{r:x2}{g:x2}{b:x2}";
    }

    private static double Round(double value) => Math.Round(value, 2);
}
