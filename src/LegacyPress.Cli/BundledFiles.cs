using LegacyPress.Core.Files;

namespace LegacyPress.Cli;

/// <summary>Files shipped beside the tool: the sample project and the templates.</summary>
public static class BundledFiles
{
    public static string SampleProject => Path.Combine(AppContext.BaseDirectory, "samples", "legacy");

    public static string Templates => Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>Copies a folder tree, skipping caches; files are written to a temp name and renamed so a copy is never half-written.</summary>
    public static int CopyTree(string source, string target)
    {
        var count = 0;
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is ".legacypress" or "bin" or "obj"))
            {
                continue;
            }
            var destination = Path.Combine(target, relative);
            using (var output = new OutputFile(destination))
            {
                File.Copy(file, output.TemporaryPath);
                output.Commit();
            }
            count++;
        }
        return count;
    }
}
