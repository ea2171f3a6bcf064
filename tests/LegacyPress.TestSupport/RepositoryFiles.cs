namespace LegacyPress.TestSupport;

/// <summary>Finds files of the repository (docs, templates, the sample, test data) from the test's bin folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Templates => PathOf("templates");

    public static string SampleProject => PathOf("samples", "legacy");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegacyPress.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"LegacyPress.sln not found above {AppContext.BaseDirectory}");
    }
}
