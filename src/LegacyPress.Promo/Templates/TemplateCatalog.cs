using LegacyPress.Core.Diagnostics;
using LegacyPress.Promo.Campaign;

namespace LegacyPress.Promo.Templates;

/// <summary>Every layout template of a run: the built-in set plus the project's own (which replace built-ins of the same file name).</summary>
public static class TemplateCatalog
{
    public static (IReadOnlyList<PromoTemplate> Templates, IReadOnlyList<Diagnostic> Problems) Load(TemplateFolders folders, Func<string, string> displayPath)
    {
        var templates = new List<PromoTemplate>();
        var problems = new List<Diagnostic>();
        foreach (var file in TemplateFolders.Merge(folders.ProjectLayouts, folders.BuiltInLayouts, "*.yaml"))
        {
            var (text, unreadable) = folders.Read(file, displayPath);
            if (text is null)
            {
                problems.Add(unreadable!);
                continue;
            }
            var (template, found) = TemplateLoader.Parse(Path.GetFileNameWithoutExtension(file), text, displayPath(file));
            problems.AddRange(found);
            if (template is not null)
            {
                templates.Add(template);
            }
        }
        foreach (var duplicate in templates.GroupBy(t => t.Name).Where(g => g.Count() > 1))
        {
            problems.Add(new Diagnostic(duplicate.Last().Location, $"two templates are named '{duplicate.Key}'; asset names must be unique"));
        }
        return (templates, problems);
    }
}
