namespace LegacyPress.Render.Encoding;

/// <summary>How far a render is: frames handed to the encoder so far, the speed, and the time left at that speed.</summary>
public sealed record RenderProgress(int FramesDone, int TotalFrames, double FramesPerSecond, TimeSpan Elapsed)
{
    /// <summary>What else the renderer says of its progress, such as a render farm's pieces and workers; null for nothing.</summary>
    public string? Detail { get; init; }

    public double Fraction => TotalFrames == 0 ? 1 : (double)FramesDone / TotalFrames;

    /// <summary>Time left at the average speed so far; null until there is a speed to go by.</summary>
    public TimeSpan? Remaining => FramesPerSecond > 0
        ? TimeSpan.FromSeconds((TotalFrames - FramesDone) / FramesPerSecond)
        : null;
}
