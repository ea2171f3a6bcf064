using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Release;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Templates;
using SkiaSharp;

namespace LegacyPress.Promo.Layers;

/// <summary>
/// A QR code linking to the film (<c>qr: "{{ video_url }}"</c>), drawn as vector squares — crisp at any print
/// size — on a light plate with its quiet zone, square and centred in its box. Nothing is drawn when the link is empty.
/// </summary>
public sealed record QrLayer(string LinkTemplate, PromoColor Dark, PromoColor Light, LayerBox Box, SourceLocation Location) : PromoLayer(Box, Location)
{
    public const string Key = "qr";

    public override string Kind => Key;

    internal static PromoLayer? Read(LayerReader r)
    {
        var link = r.ValueText;
        if (string.IsNullOrWhiteSpace(link))
        {
            r.Error(Key, "qr needs the link to encode, e.g. qr: \"{{ video_url }}\"");
            return null;
        }
        return new QrLayer(link, r.Color("color", PromoColor.Black), r.Color("background", PromoColor.White), r.Box(FrameReference.Safe), r.Location);
    }

    public override IEnumerable<Diagnostic> Check(PromoServices services) =>
        services.RenderText(LinkTemplate, Location).Problem is { } p ? [p] : [];

    public override IEnumerable<FingerprintInput> Reads(PromoServices services, string name) => [RenderedText(services, name, LinkTemplate, Location)];

    public override void Draw(LayerCanvas target)
    {
        var link = target.Services.RenderText(LinkTemplate, Location).Text?.Trim();
        if (string.IsNullOrEmpty(link))
        {
            return;
        }
        var modules = QrModules.Encode(link);
        var box = target.Resolve(Box);
        var side = Math.Min(box.Width, box.Height);
        var module = (float)(side / modules.Size);
        var left = (float)(box.CenterX - side / 2);
        var top = (float)(box.CenterY - side / 2);
        using var plate = new SKPaint { Color = LayerCanvas.ToSkia(Light), IsAntialias = true };
        target.Canvas.DrawRoundRect(new SKRect(left, top, left + (float)side, top + (float)side), module, module, plate);
        // Runs overlap their neighbours by a hair so anti-aliasing leaves no seams between rows.
        using var dark = new SKPaint { Color = LayerCanvas.ToSkia(Dark), IsAntialias = false };
        foreach (var (row, column, length) in modules.DarkRuns)
        {
            target.Canvas.DrawRect(new SKRect(left + column * module, top + row * module, left + (column + length) * module, top + (row + 1) * module + 0.01f), dark);
        }
    }
}
