using LegacyPress.Core.Model;
using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Platforms;

namespace LegacyPress.Promo.Tests.Layout;

public sealed class LayoutTests
{
    // A monospace stand-in: every character is 0.5 em wide.
    private static double Measure(string text, double size) => text.Length * size * 0.5;

    [Fact]
    public void Cover_crop_centres_the_focus_point_and_stays_inside_the_picture()
    {
        var crop = CoverCrop.Cover(new PixelSize(3000, 1000), new PixelRect(0, 0, 1000, 1000), new FocusPoint(0.9, 0.5));

        Assert.Equal(new PixelRect(2000, 0, 1000, 1000), crop);
        Assert.Equal(new PixelRect(1000, 0, 1000, 1000), CoverCrop.Cover(new PixelSize(3000, 1000), new PixelRect(0, 0, 500, 500), new FocusPoint(0.5, 0.5)));
    }

    [Fact]
    public void A_focus_point_lands_on_the_canvas_where_the_crop_puts_it()
    {
        var picture = new PixelSize(3000, 1000);
        var box = new PixelRect(100, 0, 1000, 1000);
        var crop = CoverCrop.Cover(picture, box, new FocusPoint(0.9, 0.5));

        // The crop is slid back inside the picture, so the subject at 0.9 sits right of the box's centre.
        Assert.Equal(new PixelPoint(100 + 700, 500), CoverCrop.OnCanvas(picture, crop, box, new FocusPoint(0.9, 0.5)));
    }

    [Fact]
    public void Text_shrinks_to_fit_its_box_and_stays_inside_it()
    {
        var box = new PixelRect(100, 100, 400, 100);
        var style = new TextStyle(10, 80, 1.1, 0, 1, HorizontalAlign.Center, VerticalAlign.Bottom);

        var block = TextBlock.Lay("LEGACY FOREVER", box, style, MonospaceInk.Measure);

        Assert.InRange(block.Size, 56, 57.2); // 14 chars × 0.5 em ≤ 400 px
        Assert.Single(block.Lines);
        Assert.True(box.Contains(block.Bounds), $"{block.Bounds} outside {box}");
        Assert.Equal(box.Bottom, block.Bounds.Bottom, 6);
        Assert.False(block.Fit.Compromised);
    }

    [Fact]
    public void Lines_are_placed_by_their_ink_not_their_advance()
    {
        // A glyph whose ink starts 3 px left of the pen and ends 5 px short of its advance (an italic J, say).
        static LineInk Overhanging(string text, double size) => new(text.Length * size * 0.5, -3, -0.7 * size, text.Length * size * 0.5 - 5, 0.25 * size);
        var box = new PixelRect(0, 0, 300, 60);

        var left = TextBlock.Lay("JUMP", box, new TextStyle(10, 40, 1.1, 0, 1, HorizontalAlign.Left, VerticalAlign.Top), Overhanging);
        var right = TextBlock.Lay("JUMP", box, new TextStyle(10, 40, 1.1, 0, 1, HorizontalAlign.Right, VerticalAlign.Bottom), Overhanging);

        Assert.Equal(0, left.Bounds.X, 6);
        Assert.Equal(0, left.Bounds.Y, 6);
        Assert.Equal(3, left.Lines[0].Left, 6);
        Assert.Equal(300, right.Bounds.Right, 6);
        Assert.Equal(60, right.Bounds.Bottom, 6);
    }

    [Fact]
    public void Billing_block_sets_roles_smaller_than_names_and_fits_its_box()
    {
        var credits = new[] { new Credit("Written and directed by", ["Mara Quill"]), new Credit("Music", ["ScoreGen"]) };
        var box = new PixelRect(0, 0, 600, 120);

        var block = BillingBlock.Lay(credits, box, 8, 60, 3, 1.1, new FontExtent(0.8, 0.2), Measure);

        Assert.True(box.Contains(block.Bounds));
        var role = block.Words.First(w => w.IsRole);
        var name = block.Words.First(w => !w.IsRole);
        Assert.Equal(name.Size * BillingBlock.RoleScale, role.Size, 6);
        Assert.Equal(["WRITTEN", "AND", "DIRECTED", "BY", "MARA", "QUILL", "MUSIC", "SCOREGEN"], block.Words.Select(w => w.Text));
    }

    [Fact]
    public void QR_codes_have_finder_patterns_in_three_corners()
    {
        var qr = QrModules.Encode("https://legacy-film.example");

        // Quiet zone of 4 modules, then the 7×7 finder's dark top-left corner.
        Assert.False(qr.IsDark(0, 0));
        Assert.True(qr.IsDark(4, 4));
        Assert.True(qr.IsDark(4, qr.Size - 5));
        Assert.True(qr.IsDark(qr.Size - 5, 4));
        Assert.False(qr.IsDark(qr.Size - 5, qr.Size - 5));
    }
}
