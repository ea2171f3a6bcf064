namespace LegacyPress.Promo.Layout;

/// <summary>An axis-aligned rectangle on a canvas, in pixels from its top-left corner (fractional: a 1/8 in bleed at 300 dpi is 37.5 px).</summary>
public readonly record struct PixelRect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public double CenterX => X + Width / 2;

    public double CenterY => Y + Height / 2;

    public bool IsEmpty => Width <= 0 || Height <= 0;

    /// <summary>True when <paramref name="inner"/> lies wholly inside this rectangle (edges may touch; a 0.01 px rounding slack).</summary>
    public bool Contains(PixelRect inner) =>
        inner.X >= X - Slack && inner.Y >= Y - Slack && inner.Right <= Right + Slack && inner.Bottom <= Bottom + Slack;

    /// <summary>True when <paramref name="point"/> lies inside this rectangle or on its edge.</summary>
    public bool Contains(PixelPoint point) => point.X >= X && point.X <= Right && point.Y >= Y && point.Y <= Bottom;

    /// <summary>True when the two rectangles share area (touching edges do not count).</summary>
    public bool Overlaps(PixelRect other) =>
        other.X < Right - Slack && other.Right > X + Slack && other.Y < Bottom - Slack && other.Bottom > Y + Slack;

    public PixelRect Inset(double dx, double dy) => new(X + dx, Y + dy, Width - 2 * dx, Height - 2 * dy);

    public PixelRect Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };

    /// <summary>The part of a rectangle given in fractions of this one (0..1 on each axis) in pixels.</summary>
    public PixelRect Fraction(double x, double y, double width, double height) =>
        new(X + x * Width, Y + y * Height, width * Width, height * Height);

    /// <summary>The smallest rectangle holding both.</summary>
    public PixelRect Union(PixelRect other)
    {
        if (IsEmpty)
        {
            return other;
        }
        if (other.IsEmpty)
        {
            return this;
        }
        var x = Math.Min(X, other.X);
        var y = Math.Min(Y, other.Y);
        return new PixelRect(x, y, Math.Max(Right, other.Right) - x, Math.Max(Bottom, other.Bottom) - y);
    }

    public override string ToString() =>
        FormattableString.Invariant($"{X:0.#},{Y:0.#} {Width:0.#}x{Height:0.#}");

    private const double Slack = 0.01;
}
