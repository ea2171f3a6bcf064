namespace LegacyPress.Promo.Platforms;

/// <summary>The file formats a promo asset is written in.</summary>
public enum AssetFormat
{
    Png,
    Jpeg,
    /// <summary>Vector PDF with trim and bleed boxes and crop marks, for print.</summary>
    Pdf,
}

/// <summary>File extensions of <see cref="AssetFormat"/>s.</summary>
public static class AssetFormats
{
    public static string Extension(AssetFormat format) => format switch
    {
        AssetFormat.Png => ".png",
        AssetFormat.Jpeg => ".jpg",
        AssetFormat.Pdf => ".pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
