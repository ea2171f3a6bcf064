using System.Globalization;
using LegacyPress.Render.Films;
using SkiaSharp;

namespace LegacyPress.Generation.Stills;

/// <summary>
/// The contact sheet of one generate run (<c>candidates.png</c>): a row per shot, its candidates left to right in
/// ranked order, each numbered as <c>--pick shot=N</c> names it, with its look distance and seed; the filter's
/// refusals are listed under the row. Film-makers choose by eye; this puts every choice side by side.
/// </summary>
public static class CandidateSheet
{
    private const int TileWidth = 320;
    private const int Gap = 14;
    private const int LabelWidth = 180;
    private const int CaptionHeight = 24;
    private const int RefusalLine = 18;
    private const int Header = 78;

    public static void WritePng(IReadOnlyList<ShotCandidates> shots, string title, double aspect, string pngPath)
    {
        var tileHeight = (int)Math.Round(TileWidth * Math.Clamp(aspect, 0.3, 2.0));
        var columns = Math.Max(1, shots.Select(s => s.Candidates.Count).DefaultIfEmpty(1).Max());
        var rowHeights = shots.Select(s => tileHeight + CaptionHeight + (s.Refusals.Count * RefusalLine) + Gap).ToList();
        var width = LabelWidth + (columns * (TileWidth + Gap)) + Gap;
        var height = Header + rowHeights.Sum() + Gap;

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul))!;
        var canvas = surface.Canvas;
        canvas.Clear(SheetInk.Background);
        using var ink = new SheetInk(24);
        using var amber = new SKPaint { Color = new SKColor(240, 180, 90), IsAntialias = true };
        using var badge = new SKPaint { Color = new SKColor(0, 0, 0, 170), IsAntialias = true };

        canvas.DrawText(title, Gap, 36, SKTextAlign.Left, ink.Title, ink.White);
        // The hint on its own line: beside a long title it would run into it on a narrow sheet.
        canvas.DrawText("pick with: legacypress generate <project> --pick shot=N", Gap, 60, SKTextAlign.Left, ink.Text, ink.Grey);
        var y = Header;
        for (var r = 0; r < shots.Count; r++)
        {
            var shot = shots[r];
            canvas.DrawText(shot.ShotId, Gap, y + 22, SKTextAlign.Left, ink.Id, ink.White);
            if (shot.Candidates.Count == 0)
            {
                canvas.DrawText("no candidate", Gap, y + 44, SKTextAlign.Left, ink.Text, ink.Grey);
            }
            foreach (var candidate in shot.Candidates)
            {
                var x = LabelWidth + ((candidate.Number - 1) * (TileWidth + Gap));
                using (var picture = SKImage.FromEncodedData(candidate.Path))
                {
                    if (picture is not null)
                    {
                        canvas.DrawImage(picture, Cover(picture, new SKRect(x, y, x + TileWidth, y + tileHeight)), new SKRect(x, y, x + TileWidth, y + tileHeight), SheetInk.Sampling);
                    }
                }
                canvas.DrawRoundRect(new SKRect(x + 6, y + 6, x + 40, y + 34), 6, 6, badge);
                canvas.DrawText(candidate.Number.ToString(CultureInfo.InvariantCulture), x + 23, y + 27, SKTextAlign.Center, ink.Id, ink.White);
                var look = candidate.LookDistance is { } d ? string.Create(CultureInfo.InvariantCulture, $"ΔE {d:0.0} from its group") : "no look to compare yet";
                canvas.DrawText(look, x, y + tileHeight + 18, SKTextAlign.Left, ink.Text, candidate.Number == 1 && candidate.LookDistance is not null ? amber : ink.Grey);
                canvas.DrawText($"seed {candidate.Request.Seed}", x + TileWidth, y + tileHeight + 18, SKTextAlign.Right, ink.Text, ink.Grey);
            }
            for (var k = 0; k < shot.Refusals.Count; k++)
            {
                var line = StoryboardRenderer.Wrap("refused: " + shot.Refusals[k], ink.Text, width - LabelWidth - Gap, maxLines: 1);
                canvas.DrawText(line.FirstOrDefault() ?? "", LabelWidth, y + tileHeight + CaptionHeight + 14 + (k * RefusalLine), SKTextAlign.Left, ink.Text, amber);
            }
            y += rowHeights[r];
        }
        using var sheet = surface.Snapshot();
        StillRenderer.WritePng(sheet, pngPath);
    }

    /// <summary>The part of the picture that fills the tile at its aspect, centred.</summary>
    private static SKRect Cover(SKImage picture, SKRect tile)
    {
        var scale = Math.Max(tile.Width / picture.Width, tile.Height / picture.Height);
        var (w, h) = (tile.Width / scale, tile.Height / scale);
        return SKRect.Create((picture.Width - w) / 2, (picture.Height - h) / 2, w, h);
    }
}
