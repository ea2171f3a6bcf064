namespace LegacyPress.Promo.Campaign;

/// <summary>
/// Where templates come from: the ones shipped with the tool (<c>templates/promo</c>, <c>templates/text</c>)
/// and a project's own (<c>promo/templates</c>, <c>promo/text</c>), which add to or replace them by name.
/// </summary>
public sealed record TemplateFolders(string BuiltInRoot, string ProjectDirectory)
{
    public string BuiltInLayouts => Path.Combine(BuiltInRoot, "promo");

    public string BuiltInTexts => Path.Combine(BuiltInRoot, "text");

    public string BuiltInFonts => Path.Combine(BuiltInRoot, "fonts");

    public string ProjectLayouts => Path.Combine(ProjectDirectory, "promo", "templates");

    public string ProjectTexts => Path.Combine(ProjectDirectory, "promo", "text");

    /// <summary>The project's file when it has one, else the built-in one; null when neither exists.</summary>
    public static string? Pick(string projectFolder, string builtInFolder, string fileName)
    {
        var own = Path.Combine(projectFolder, fileName);
        if (File.Exists(own))
        {
            return own;
        }
        var builtIn = Path.Combine(builtInFolder, fileName);
        return File.Exists(builtIn) ? builtIn : null;
    }

    /// <summary>Every file of one extension, project files replacing built-in ones of the same name, ordered by name.</summary>
    public static IReadOnlyList<string> Merge(string projectFolder, string builtInFolder, string pattern)
    {
        var byName = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in new[] { builtInFolder, projectFolder })
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(folder, pattern))
            {
                byName[Path.GetFileName(file)] = file;
            }
        }
        return byName.Values.ToList();
    }
}
