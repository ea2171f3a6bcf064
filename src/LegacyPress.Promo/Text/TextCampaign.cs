using LegacyPress.Core.Diagnostics;
using LegacyPress.Promo.Campaign;

namespace LegacyPress.Promo.Text;

/// <summary>Finds each text asset's template (the project's or the built-in one), renders it and checks it.</summary>
public sealed class TextCampaign(LiquidTemplates liquid, TemplateFolders folders, Func<string, string> displayPath)
{
    private readonly TextAssetRenderer renderer = new(liquid);

    public IReadOnlyList<TextAssetResult> Render(IReadOnlyDictionary<string, object?> variables, IEnumerable<TextAssetSpec> specs) =>
        specs.Select(spec => RenderOne(spec, variables)).ToList();

    private TextAssetResult RenderOne(TextAssetSpec spec, IReadOnlyDictionary<string, object?> variables)
    {
        var path = TemplateFolders.Pick(folders.ProjectTexts, folders.BuiltInTexts, spec.TemplateFileName);
        if (path is null)
        {
            var at = new SourceLocation(displayPath(Path.Combine(folders.BuiltInTexts, spec.TemplateFileName)), 1, 1);
            return new TextAssetResult(spec, null, false, [new Diagnostic(at, $"template for {spec.Name} not found (looked in promo/text and the built-in templates)")]);
        }
        var (text, unreadable) = folders.Read(path, displayPath);
        if (text is null)
        {
            return new TextAssetResult(spec, null, false, [unreadable!]);
        }
        var (template, problem) = TextTemplateFile.Parse(spec.Name, displayPath(path), text);
        return template is null
            ? new TextAssetResult(spec, null, false, [problem!])
            : renderer.Render(spec, template, variables);
    }
}
