namespace LegacyPress.Render.Text;

/// <summary>What a piece of text is for; <see cref="FontLibrary"/> maps each role to one of the shipped faces.</summary>
public enum FontRole
{
    /// <summary>Titles and display lines: EB Garamond Regular.</summary>
    Display,

    /// <summary>Taglines and quotations: EB Garamond Italic.</summary>
    DisplayItalic,

    /// <summary>Running text and names: Inter Regular.</summary>
    Body,

    /// <summary>Captions over pictures, where Regular looks thin: Inter Medium.</summary>
    BodyMedium,

    /// <summary>Labels, headings and credit roles: Inter Semi Bold.</summary>
    BodySemiBold,
}
