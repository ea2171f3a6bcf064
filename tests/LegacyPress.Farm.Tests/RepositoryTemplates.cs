namespace LegacyPress.Farm.Tests;

/// <summary>The repository's bundled templates folder, for in-process workers (the CLI ships its own copy).</summary>
internal static class RepositoryTemplates
{
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "LegacyPress.sln")))
                {
                    return Path.Combine(dir.FullName, "templates");
                }
            }
            throw new InvalidOperationException("the repository root (LegacyPress.sln) was not found above the tests");
        }
    }
}
