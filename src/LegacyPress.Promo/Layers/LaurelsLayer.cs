using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Release;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Templates;
using SkiaSharp;

namespace LegacyPress.Promo.Layers;

/// <summary>
/// Festival laurels: one wreath per line of its Liquid text (<c>laurels: "{% for l in laurels %}{{ l }}\n{% endfor %}"</c>,
/// a <c>|</c> splits a wreath's two lines), drawn as vector leaves around the words, side by side in the box.
/// Nothing is drawn when the film has none.
/// </summary>
public sealed record LaurelsLayer(string Template, FontChoice Font, PromoColor Color, LayerBox Box, SourceLocation Location) : PromoLayer(Box, Location)
{
    public const string Key = "laurels";

    public override string Kind => Key;

    public override bool IsType => true;

    private const int LeavesPerSide = 7;

    internal static PromoLayer? Read(LayerReader r)
    {
        var template = r.ValueText;
        if (template is null)
        {
            r.Error(Key, "laurels must be a Liquid template giving one wreath per line");
            return null;
        }
        return new LaurelsLayer(template, TextLayer.ReadFont(r), r.Color("color", new PromoColor(226, 196, 128, 255)), r.Box(FrameReference.Safe), r.Location);
    }

    public override IEnumerable<Diagnostic> Check(PromoServices services) =>
        services.RenderText(Template, Location).Problem is { } p ? [p] : [];

    public override IEnumerable<FingerprintInput> Reads(PromoServices services, string name) => [RenderedText(services, name, Template, Location)];

    public override void Draw(LayerCanvas target)
    {
        var wreaths = (target.Services.RenderText(Template, Location).Text ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (wreaths.Length == 0)
        {
            return;
        }
        var box = target.Resolve(Box);
        var cell = box.Width / wreaths.Length;
        var typeface = target.Services.Typeface(Font);
        using var paint = new SKPaint { Color = LayerCanvas.ToSkia(Color), IsAntialias = true };
        for (var i = 0; i < wreaths.Length; i++)
        {
            var size = Math.Min(cell * 0.92, box.Height);
            var area = new PixelRect(box.X + cell * i + (cell - size) / 2, box.CenterY - size / 2, size, size);
            DrawWreath(target.Canvas, area, paint);
            var lines = wreaths[i].Split('|', StringSplitOptions.TrimEntries);
            var inner = area.Inset(area.Width * 0.24, area.Height * 0.28);
            var style = new TextStyle(inner.Height * 0.08, inner.Height / (lines.Length + 0.5), 1.1, 0.06, lines.Length, HorizontalAlign.Center, VerticalAlign.Middle);
            var block = TextBlock.Lay(string.Join('\n', lines), inner, style, TypeSetter.Extent(typeface),
                (s, sz) => target.Services.Shaper.MeasureWidth(s, typeface, (float)sz));
            TypeSetter.Draw(target, block, typeface, 0.06, Color, null, box.Height);
        }
    }

    /// <summary>Two mirrored branches of leaves curving up from the bottom centre around the area.</summary>
    private static void DrawWreath(SKCanvas canvas, PixelRect area, SKPaint paint)
    {
        var cx = (float)area.CenterX;
        var cy = (float)area.CenterY;
        var radius = (float)(area.Width * 0.42);
        var leaf = (float)(area.Width * 0.085);
        foreach (var side in new[] { -1f, 1f })
        {
            for (var k = 0; k < LeavesPerSide; k++)
            {
                // θ from the bottom of the circle (20°) round to near its top (150°), on the left or right.
                var theta = (20 + k * 130.0 / (LeavesPerSide - 1)) * Math.PI / 180;
                var x = cx + side * radius * (float)Math.Sin(theta);
                var y = cy + radius * (float)Math.Cos(theta);
                var tangent = (float)(Math.Atan2(-Math.Sin(theta), side * Math.Cos(theta)) * 180 / Math.PI);
                canvas.Save();
                canvas.Translate(x, y);
                canvas.RotateDegrees(tangent + side * 30);
                var scale = 1 - k * 0.05f;
                canvas.DrawOval(new SKRect(-leaf * scale, -leaf * 0.38f * scale, leaf * scale, leaf * 0.38f * scale), paint);
                canvas.Restore();
            }
        }
    }
}
