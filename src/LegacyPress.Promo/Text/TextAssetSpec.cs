namespace LegacyPress.Promo.Text;

/// <summary>One text the campaign needs: its template name, where it is written and the platform rules it must keep.</summary>
public sealed record TextAssetSpec(string Name, string Platform, string Purpose, string OutputFileName, TextShape Shape, IReadOnlyList<TextLimit> Limits)
{
    /// <summary>The Liquid file that produces it, in templates/text or a project's promo/text.</summary>
    public string TemplateFileName => Name + ".liquid";
}

/// <summary>Whether a text is prose (truncated at words) or a list of one item per line (truncated by dropping items).</summary>
public enum TextShape { Prose, LineList }
