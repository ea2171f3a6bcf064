using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Release;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Platforms;
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

    /// <summary>Letter-spacing of the wreaths' words, × size.</summary>
    private const double Tracking = 0.06;

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

    public override IEnumerable<string> FitProblems(PromoServices services, PlatformSpec platform)
    {
        foreach (var (_, text, block) in Wreaths(services, platform).Where(w => w.Block.Fit.Compromised))
        {
            var drawn = string.Join(" / ", block.Lines.Select(l => l.Text));
            yield return $"laurel \"{text}\" does not fit inside its wreath; drawn as \"{drawn}\". To fix: shorten it or give the layer a larger box";
        }
    }

    public override void Draw(LayerCanvas target)
    {
        var typeface = target.Services.Typeface(Font);
        using var paint = new SKPaint { Color = LayerCanvas.ToSkia(Color), IsAntialias = true };
        foreach (var (area, _, block) in Wreaths(target.Services, target.Platform))
        {
            DrawWreath(target.Canvas, area, paint);
            TypeSetter.Draw(target, block, typeface, Tracking, Color, null, Box.Resolve(target.Platform).Height);
        }
    }

    /// <summary>Each wreath's square, its text and the text set inside it (the wreath's lines split at <c>|</c>).</summary>
    private IEnumerable<(PixelRect Area, string Text, TextBlock Block)> Wreaths(PromoServices services, PlatformSpec platform)
    {
        var wreaths = (services.RenderText(Template, Location).Text ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var box = Box.Resolve(platform);
        var cell = box.Width / Math.Max(1, wreaths.Length);
        var typeface = services.Typeface(Font);
        var measure = services.Ink(typeface, Tracking);
        for (var i = 0; i < wreaths.Length; i++)
        {
            var size = Math.Min(cell * 0.92, box.Height);
            var area = new PixelRect(box.X + cell * i + (cell - size) / 2, box.CenterY - size / 2, size, size);
            var lines = wreaths[i].Split('|', StringSplitOptions.TrimEntries);
            var inner = area.Inset(area.Width * 0.24, area.Height * 0.28);
            var style = new TextStyle(inner.Height * 0.08, inner.Height / (lines.Length + 0.5), 1.1, Tracking, lines.Length, HorizontalAlign.Center, VerticalAlign.Middle);
            yield return (area, wreaths[i], TextBlock.Lay(string.Join('\n', lines), inner, style, measure));
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
