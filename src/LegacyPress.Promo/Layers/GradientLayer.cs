using LegacyPress.Core.Diagnostics;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Templates;
using SkiaSharp;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Promo.Layers;

/// <summary>
/// A linear gradient through evenly spaced colours across its box, at an angle in degrees
/// (0 = left to right, 90 = top to bottom): <c>gradient: ["#00000000", "#000000e0"]</c>.
/// </summary>
public sealed record GradientLayer(IReadOnlyList<PromoColor> Colors, double AngleDegrees, LayerBox Box, SourceLocation Location) : PromoLayer(Box, Location)
{
    public const string Key = "gradient";

    public override string Kind => Key;

    internal static PromoLayer? Read(LayerReader r)
    {
        var colors = new List<PromoColor>();
        if (r.Value is YamlSequenceNode seq && seq.Children.Count >= 2)
        {
            foreach (var item in seq.Children)
            {
                if (item is YamlScalarNode { Value: var v } && PromoColor.TryParse(v, out var c))
                {
                    colors.Add(c);
                }
                else
                {
                    r.Error(Key, $"gradient colours must look like \"#d9b26f\" or \"#00000080\", got {(item as YamlScalarNode)?.Value ?? "a non-colour"}");
                    return null;
                }
            }
        }
        else
        {
            r.Error(Key, "gradient must be a list of at least two colours");
            return null;
        }
        var angle = r.Number("angle", 90);
        return new GradientLayer(colors, angle, r.Box(FrameReference.Canvas), r.Location);
    }

    public override void Draw(LayerCanvas target)
    {
        var rect = LayerCanvas.ToSkia(target.Resolve(Box));
        var radians = AngleDegrees * Math.PI / 180;
        var (dx, dy) = ((float)Math.Cos(radians), (float)Math.Sin(radians));
        // The gradient line crosses the whole box along its direction, corner to corner.
        var half = (Math.Abs(dx) * rect.Width + Math.Abs(dy) * rect.Height) / 2;
        var start = new SKPoint(rect.MidX - dx * half, rect.MidY - dy * half);
        var end = new SKPoint(rect.MidX + dx * half, rect.MidY + dy * half);
        using var shader = SKShader.CreateLinearGradient(start, end, Colors.Select(LayerCanvas.ToSkia).ToArray(), null, SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader };
        target.Canvas.DrawRect(rect, paint);
    }
}
