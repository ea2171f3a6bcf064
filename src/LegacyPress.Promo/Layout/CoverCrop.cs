using LegacyPress.Core.Model;
using LegacyPress.Promo.Platforms;

namespace LegacyPress.Promo.Layout;

/// <summary>
/// Which part of a picture fills a box: scaled to cover it (then zoomed), centred on the subject's focus point
/// and slid back inside the picture where the focus is near an edge. Pure; rectangles in picture pixels.
/// </summary>
public static class CoverCrop
{
    public static PixelRect Cover(PixelSize picture, PixelRect box, FocusPoint focus, double zoom = 1)
    {
        var scale = Math.Max(box.Width / picture.Width, box.Height / picture.Height) * Math.Max(1, zoom);
        var width = Math.Min(picture.Width, box.Width / scale);
        var height = Math.Min(picture.Height, box.Height / scale);
        var x = Math.Clamp(focus.X * picture.Width - width / 2, 0, picture.Width - width);
        var y = Math.Clamp(focus.Y * picture.Height - height / 2, 0, picture.Height - height);
        return new PixelRect(x, y, width, height);
    }

    /// <summary>
    /// Where a point of the picture (normalised, like a focus point) lands on the canvas when <paramref name="crop"/>
    /// of the picture is drawn into <paramref name="box"/>; outside the box when the crop left it out.
    /// </summary>
    public static PixelPoint OnCanvas(PixelSize picture, PixelRect crop, PixelRect box, FocusPoint point) =>
        new(box.X + (point.X * picture.Width - crop.X) / crop.Width * box.Width,
            box.Y + (point.Y * picture.Height - crop.Y) / crop.Height * box.Height);

    /// <summary>Where a whole picture lands when fitted inside a box (letterboxed), centred.</summary>
    public static PixelRect Contain(PixelSize picture, PixelRect box)
    {
        var scale = Math.Min(box.Width / picture.Width, box.Height / picture.Height);
        var width = picture.Width * scale;
        var height = picture.Height * scale;
        return new PixelRect(box.X + (box.Width - width) / 2, box.Y + (box.Height - height) / 2, width, height);
    }
}
