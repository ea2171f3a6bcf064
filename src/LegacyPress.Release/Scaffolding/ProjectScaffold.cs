namespace LegacyPress.Release.Scaffolding;

/// <summary>What <c>legacypress new</c> did: the problems that stopped it (nothing was written then), or how many files it wrote.</summary>
public sealed record ScaffoldResult(IReadOnlyList<string> Problems, int FilesWritten)
{
    public bool Ok => Problems.Count == 0;
}

/// <summary>Makes a new project with a starter: every problem first, all at once and before a file is written, then the files.</summary>
public static class ProjectScaffold
{
    public static ScaffoldResult Create(string target, IProjectStarter starter, string schemaFile)
    {
        var problems = new List<string>();
        if (NewProjectFolder.Problem(target) is { } folderProblem)
        {
            problems.Add(folderProblem);
        }
        if (!File.Exists(schemaFile))
        {
            problems.Add($"the bundled schema is missing from '{schemaFile}'; reinstall LegacyPress");
        }
        problems.AddRange(starter.Problems());
        if (problems.Count > 0)
        {
            return new ScaffoldResult(problems, 0);
        }
        var project = new NewProjectFolder(target);
        starter.Write(project);
        project.WriteEditorSupport(schemaFile);
        return new ScaffoldResult([], project.FilesWritten);
    }
}
