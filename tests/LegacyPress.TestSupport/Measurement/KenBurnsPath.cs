namespace LegacyPress.TestSupport.Measurement;

/// <summary>
/// A planned camera move over a still, in still pixels: the view is the output-shaped rectangle that
/// fills <see cref="Band"/> at zoom 1, shrunk by the zoom and centred on a point moving in a straight
/// line. Zoom and centre change linearly with the frame number, so ffmpeg's zoompan can follow the same plan.
/// </summary>
public sealed record KenBurnsPath(SourceRect Band, double StartZoom, double EndZoom, double StartCenterX, double StartCenterY, double EndCenterX, double EndCenterY, int FrameCount)
{
    /// <summary>A move over the whole band: centres as fractions of the band (0.5, 0.5 is its middle).</summary>
    public static KenBurnsPath Over(SourceRect band, int frameCount, double startZoom, double endZoom, (double X, double Y) startCenter, (double X, double Y) endCenter) =>
        new(band, startZoom, endZoom, startCenter.X, startCenter.Y, endCenter.X, endCenter.Y, frameCount);

    /// <summary>Progress 0..1 of frame <paramref name="frame"/>: the first frame is the start framing, the last the end.</summary>
    public double Progress(int frame) => FrameCount <= 1 ? 0 : (double)frame / (FrameCount - 1);

    public double Zoom(int frame) => StartZoom + (EndZoom - StartZoom) * Progress(frame);

    /// <summary>The part of the still frame <paramref name="frame"/> shows.</summary>
    public SourceRect View(int frame)
    {
        var t = Progress(frame);
        var zoom = Zoom(frame);
        var width = Band.Width / zoom;
        var height = Band.Height / zoom;
        var centerX = Band.Left + Band.Width * (StartCenterX + (EndCenterX - StartCenterX) * t);
        var centerY = Band.Top + Band.Height * (StartCenterY + (EndCenterY - StartCenterY) * t);
        return new SourceRect(centerX - width / 2, centerY - height / 2, width, height);
    }
}

/// <summary>A rectangle in still pixels (continuous: 0 is the left edge of the first pixel).</summary>
public readonly record struct SourceRect(double Left, double Top, double Width, double Height)
{
    /// <summary>Where output pixel (u, v)'s centre falls in the still when this rectangle fills a W x H frame.</summary>
    public (double X, double Y) Map(double u, double v, int frameWidth, int frameHeight) =>
        (Left + (u + 0.5) * Width / frameWidth, Top + (v + 0.5) * Height / frameHeight);
}
