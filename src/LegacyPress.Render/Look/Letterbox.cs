namespace LegacyPress.Render.Look;

/// <summary>
/// Black bars that crop a frame to the 2.39:1 widescreen ratio. Nothing for frames already that wide, and nothing
/// for portrait or square frames, where a 2.39:1 strip would leave a sliver of picture. Pure.
/// </summary>
public static class Letterbox
{
    public const double AspectRatio = 2.39;

    /// <summary>Height in pixels of each bar (top and bottom alike).</summary>
    public static int BarHeightPixels(int width, int height)
    {
        if (width <= height)
        {
            return 0;
        }
        var pictureHeight = (int)Math.Round(width / AspectRatio);
        return Math.Max(0, (height - pictureHeight) / 2);
    }
}
