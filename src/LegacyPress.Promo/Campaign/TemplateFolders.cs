using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Files;
using LegacyPress.Core.Loading;

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

    /// <summary>
    /// The text of a template file: a project's own through the project's path rules (inside the project, a regular file),
    /// and every one as strict UTF-8; otherwise the problem, located in the file.
    /// </summary>
    public (string? Text, Diagnostic? Problem) Read(string path, Func<string, string> displayPath)
    {
        var shown = displayPath(path);
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Path.GetFullPath(ProjectDirectory), full);
        var own = relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
        var (checkedPath, problem) = own ? ProjectPaths.ResolveFile(ProjectDirectory, relative) : (full, ProjectPaths.RegularFileProblem(full));
        if (problem is not null || checkedPath is null)
        {
            return (null, new Diagnostic(new SourceLocation(shown, 1, 1), $"template '{relative.Replace('\\', '/')}' {problem}"));
        }
        var read = ProjectText.Read(checkedPath);
        return read.Problem is { } invalid
            ? (null, new Diagnostic(new SourceLocation(shown, invalid.Line, invalid.Column), invalid.Message))
            : (read.Text, null);
    }

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
