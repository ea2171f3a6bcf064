using LegacyPress.Core.Model;

namespace LegacyPress.Render.Encoding;

/// <summary>A run of frames to render, [StartFrame, EndFrame), as indices into the drawer's film.</summary>
public readonly record struct FrameRange(int StartFrame, int EndFrame)
{
    public int Count => EndFrame - StartFrame;

    public static FrameRange All(int frameCount) => new(0, frameCount);

    /// <summary>
    /// Frames [nearest to from, nearest to to) of a film of <paramref name="totalFrames"/>, clamped to the film;
    /// a missing bound means the film's start or end. Null when the range holds no frame.
    /// </summary>
    public static FrameRange? FromSeconds(double? fromSeconds, double? toSeconds, FrameRate rate, int totalFrames)
    {
        var start = fromSeconds is { } f ? rate.Frames(f) : 0;
        var end = toSeconds is { } t ? rate.Frames(t) : totalFrames;
        start = Math.Clamp(start, 0, totalFrames);
        end = Math.Clamp(end, 0, totalFrames);
        return end > start ? new FrameRange(start, end) : null;
    }
}
