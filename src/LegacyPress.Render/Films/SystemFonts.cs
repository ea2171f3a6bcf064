using SkiaSharp;

namespace LegacyPress.Render.Films;

/// <summary>Typefaces for labels: Lato from Debian's fonts-lato, else DejaVu Sans, else Skia's default.</summary>
public static class SystemFonts
{
    private static readonly string[] RegularFiles = ["/usr/share/fonts/truetype/lato/Lato-Regular.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"];
    private static readonly string[] BoldFiles = ["/usr/share/fonts/truetype/lato/Lato-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"];

    public static SKTypeface Regular() => Load(RegularFiles);

    public static SKTypeface Bold() => Load(BoldFiles);

    private static SKTypeface Load(IEnumerable<string> files) =>
        files.Where(File.Exists).Select(SKTypeface.FromFile).FirstOrDefault(t => t is not null) ?? SKTypeface.Default;
}
