using LegacyPress.Core.Diagnostics;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Templates;
using SkiaSharp;

namespace LegacyPress.Promo.Layers;

/// <summary>
/// A soft darkening from an edge of its box (or from all edges, as a vignette) that lets type sit on a busy
/// picture: <c>scrim: bottom</c>, <c>extent: 0.55</c>. The falloff is smooth (ease-in-out), so it never shows a band.
/// </summary>
public sealed record ScrimLayer(ScrimEdge Edge, double Extent, PromoColor Color, LayerBox Box, SourceLocation Location) : PromoLayer(Box, Location)
{
    public const string Key = "scrim";

    public override string Kind => Key;

    private const int Stops = 9;

    /// <summary>Where else the scrim goes when the template moves its titles off the subject (<c>avoid_subject</c>).</summary>
    public IReadOnlyList<ScrimPlacement> Alternatives { get; init; } = [];

    public override int Placements => 1 + Alternatives.Count;

    private static readonly IReadOnlyDictionary<string, ScrimEdge> Edges = new Dictionary<string, ScrimEdge>
    {
        ["top"] = ScrimEdge.Top,
        ["bottom"] = ScrimEdge.Bottom,
        ["left"] = ScrimEdge.Left,
        ["right"] = ScrimEdge.Right,
        ["all"] = ScrimEdge.All,
    };

    internal static PromoLayer? Read(LayerReader r)
    {
        var edge = r.Choice(Key, Edges, "scrim edge", ScrimEdge.Bottom);
        var extent = r.Map.NumberInRange("extent", 0.01, 1) ?? 0.5;
        var color = r.Color("color", PromoColor.Black).WithOpacity(r.Fraction("opacity", 0.85));
        var box = r.Box(FrameReference.Canvas);
        var alternatives = r.Alternatives(box, (m, b) => new ScrimPlacement(m.Choice("edge", Edges, "scrim edge") ?? edge, b));
        return new ScrimLayer(edge, extent, color, box, r.Location) { Alternatives = alternatives };
    }

    public override PromoLayer Placed(int placement) =>
        placement == 0 || placement > Alternatives.Count
            ? this
            : this with { Edge = Alternatives[placement - 1].Edge, Box = Alternatives[placement - 1].Box, Alternatives = [] };

    public override void Draw(LayerCanvas target)
    {
        var rect = LayerCanvas.ToSkia(target.Resolve(Box));
        var positions = Enumerable.Range(0, Stops).Select(i => (float)i / (Stops - 1)).ToArray();
        // Opaque at the edge, clear at the extent; smoothstep between.
        var colors = positions.Select(t => LayerCanvas.ToSkia(Color.WithOpacity(1 - Smooth(t)))).ToArray();
        using var shader = Edge == ScrimEdge.All ? Radial(rect, colors, positions) : Linear(rect, colors, positions);
        using var paint = new SKPaint { Shader = shader };
        target.Canvas.DrawRect(rect, paint);
    }

    private SKShader Linear(SKRect rect, SKColor[] colors, float[] positions)
    {
        var extent = (float)Extent;
        var (from, to) = Edge switch
        {
            ScrimEdge.Top => (new SKPoint(rect.MidX, rect.Top), new SKPoint(rect.MidX, rect.Top + rect.Height * extent)),
            ScrimEdge.Bottom => (new SKPoint(rect.MidX, rect.Bottom), new SKPoint(rect.MidX, rect.Bottom - rect.Height * extent)),
            ScrimEdge.Left => (new SKPoint(rect.Left, rect.MidY), new SKPoint(rect.Left + rect.Width * extent, rect.MidY)),
            _ => (new SKPoint(rect.Right, rect.MidY), new SKPoint(rect.Right - rect.Width * extent, rect.MidY)),
        };
        return SKShader.CreateLinearGradient(from, to, colors, positions, SKShaderTileMode.Clamp);
    }

    private SKShader Radial(SKRect rect, SKColor[] colors, float[] positions)
    {
        // A vignette: clear in the middle, darkening over the outer `extent` of the half-diagonal.
        var radius = (float)Math.Sqrt(rect.Width * rect.Width + rect.Height * rect.Height) / 2;
        var radialPositions = positions.Select(p => 1 - p * (float)Extent).Reverse().ToArray();
        var radialColors = colors.Reverse().ToArray();
        using var circle = SKShader.CreateRadialGradient(new SKPoint(rect.MidX, rect.MidY), radius, radialColors, radialPositions, SKShaderTileMode.Clamp);
        // Stretch the circle into the box's aspect so the vignette follows the frame.
        var matrix = SKMatrix.CreateScale(1, rect.Height / rect.Width, rect.MidX, rect.MidY);
        return circle.WithLocalMatrix(matrix);
    }

    private static double Smooth(double t) => t * t * (3 - 2 * t);
}

/// <summary>Where a scrim is darkest.</summary>
public enum ScrimEdge { Top, Bottom, Left, Right, All }

/// <summary>One of a scrim's other places (<c>avoid_subject</c>): the edge it darkens from there, and its box.</summary>
public sealed record ScrimPlacement(ScrimEdge Edge, LayerBox Box);
