using LegacyPress.Render.Tests.Support;
using LegacyPress.TestSupport;
using LegacyPress.Render.Text;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Text;

public sealed class TextShaperTests : IDisposable
{
    private readonly FontLibrary fonts = FontLibrary.LoadShipped();
    private readonly TextShaper shaper;

    public TextShaperTests()
    {
        shaper = new TextShaper(fonts);
    }

    public void Dispose()
    {
        shaper.Dispose();
        fonts.Dispose();
    }

    [Fact]
    public void The_shipped_faces_are_loaded_by_role()
    {
        Assert.Equal("EB Garamond", fonts.Get(FontRole.Display).FamilyName, ignoreCase: true);
        Assert.StartsWith("Inter", fonts.Get(FontRole.Body).FamilyName, StringComparison.OrdinalIgnoreCase);
        Assert.True(fonts.Get(FontRole.DisplayItalic).IsItalic);
    }

    [Fact]
    public void Width_scales_with_size_and_kerning_is_applied()
    {
        var typeface = fonts.Get(FontRole.Display);

        var small = shaper.MeasureWidth("AVATAR Wave", typeface, 50);
        var large = shaper.MeasureWidth("AVATAR Wave", typeface, 100);
        var kerned = shaper.MeasureWidth("AV", typeface, 100);
        var apart = shaper.MeasureWidth("A", typeface, 100) + shaper.MeasureWidth("V", typeface, 100);

        Assert.Equal(2 * small, large, 0.01);
        Assert.True(kerned < apart, $"AV {kerned} should kern tighter than A+V {apart}");
    }

    [Fact]
    public void Characters_the_face_lacks_come_from_a_system_font()
    {
        var shaped = shaper.Shape("Legacy — Наследие — 遗产 — विरासत", fonts.Get(FontRole.Display), 40);

        Assert.True(shaped.Runs.Count >= 2);
        Assert.Contains(shaped.Runs, r => r.Typeface.FamilyName != fonts.Get(FontRole.Display).FamilyName);
        // Devanagari comes from Noto (fonts-noto-core): no glyph may be .notdef.
        var devanagari = shaper.Shape("विरासत", fonts.Get(FontRole.Body), 40);
        Assert.All(devanagari.Runs.SelectMany(r => r.Glyphs), g => Assert.NotEqual(0, g));
    }

    [Fact]
    public void Drawn_text_puts_ink_where_it_was_measured()
    {
        using var bitmap = new SKBitmap(400, 100);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Black);
        using var paint = new SKPaint { Color = SKColors.White, IsAntialias = true };

        var shaped = shaper.Draw(canvas, "Legacy", fonts.Get(FontRole.Display), 60, 200, 70, SKTextAlign.Center, paint);

        var (left, right) = InkColumns(bitmap);
        Assert.InRange(left, 200 - shaped.WidthPixels / 2 - 2, 200 - shaped.WidthPixels / 2 + 10);
        Assert.InRange(right, 200 + shaped.WidthPixels / 2 - 10, 200 + shaped.WidthPixels / 2 + 2);
    }

    [Fact]
    public void Text_drawn_into_a_pdf_stays_real_text()
    {
        using var folder = new TempFolder();
        var path = folder.File("text.pdf");
        using (var stream = new SKFileWStream(path))
        using (var document = SKDocument.CreatePdf(stream))
        {
            var canvas = document.BeginPage(400, 200);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            shaper.Draw(canvas, "Journey Between Worlds", fonts.Get(FontRole.Display), 24, 20, 60, SKTextAlign.Left, paint);
            shaper.Draw(canvas, "Офис ffi", fonts.Get(FontRole.Body), 24, 20, 120, SKTextAlign.Left, paint);
            document.EndPage();
            document.Close();
        }

        var text = PdfText(path);

        Assert.Contains("Journey Between Worlds", text);
        Assert.Contains("Офис", text);
    }

    private static (int Left, int Right) InkColumns(SKBitmap bitmap)
    {
        int left = int.MaxValue, right = -1;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (bitmap.GetPixel(x, y).Red > 60)
                {
                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                }
            }
        }
        return (left, right);
    }

    private static string PdfText(string pdfPath)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", [pdfPath, "-"])
        {
            RedirectStandardOutput = true,
        })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}
