namespace LegacyPress.Render.Cards;

/// <summary>
/// Where the end-credits roll is on a frame: at constant speed from just below the frame (first frame) to just
/// above it (last frame), in fractional pixels — the roll is never rounded to whole pixels, so it glides. Pure.
/// The roll's length in frames comes from the planner (Core's CreditsRollTiming), so speed follows the credits.
/// </summary>
public static class CreditsScroll
{
    /// <summary>Y of the roll's top edge on <paramref name="frame"/> of <paramref name="frameCount"/>.</summary>
    public static double TopPixels(int frame, int frameCount, double frameHeightPixels, double rollHeightPixels)
    {
        var progress = frameCount <= 1 ? 0 : Math.Clamp((double)frame / (frameCount - 1), 0, 1);
        return frameHeightPixels - progress * (frameHeightPixels + rollHeightPixels);
    }
}
