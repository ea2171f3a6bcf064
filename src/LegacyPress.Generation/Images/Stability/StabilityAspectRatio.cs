namespace LegacyPress.Generation.Images.Stability;

/// <summary>The shapes Stable Image makes, by the <c>aspect_ratio</c> value it takes, and the one nearest a request's.</summary>
internal static class StabilityAspectRatio
{
    private static readonly (string Name, (int Width, int Height) Shape)[] Ratios =
    [
        ("16:9", (16, 9)), ("1:1", (1, 1)), ("21:9", (21, 9)), ("2:3", (2, 3)), ("3:2", (3, 2)),
        ("4:5", (4, 5)), ("5:4", (5, 4)), ("9:16", (9, 16)), ("9:21", (9, 21)),
    ];

    /// <summary>The renderer fits the still to the frame afterwards, so the nearest shape loses at most a thin margin.</summary>
    public static string Nearest(int width, int height) => NearestAspect.Of(Ratios, r => r.Shape, width, height).Name;
}
