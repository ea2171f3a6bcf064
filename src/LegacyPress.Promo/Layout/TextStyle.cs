namespace LegacyPress.Promo.Layout;

/// <summary>How a block of type is set, in pixels: size range, line pitch (× size), extra letter spacing (× size), line limit, alignment.</summary>
public sealed record TextStyle(double MinSize, double MaxSize, double LineHeight, double Tracking, int MaxLines, HorizontalAlign Align, VerticalAlign VerticalAlign);

public enum HorizontalAlign { Left, Center, Right }

public enum VerticalAlign { Top, Middle, Bottom }

/// <summary>A typeface's vertical extent per pixel of size: ascent above and descent below the baseline.</summary>
public readonly record struct FontExtent(double AscentPerSize, double DescentPerSize);
