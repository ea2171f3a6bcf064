namespace LegacyPress.Release.Tests.Checking;

/// <summary>Files of the repository (docs, templates, the sample) found from the test's bin folder.</summary>
internal static class RepositoryFiles
{
    public static string PathOf(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegacyPress.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }
        throw new InvalidOperationException($"LegacyPress.sln not found above {AppContext.BaseDirectory}");
    }
}
