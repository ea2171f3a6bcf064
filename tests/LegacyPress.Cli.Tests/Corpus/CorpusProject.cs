using LegacyPress.TestSupport;
namespace LegacyPress.Cli.Tests.Corpus;

/// <summary>
/// One broken project of tests/data/invalid, copied to a temp folder so a test may add to it (symbolic
/// links) without writing inside the repository. The copy sits at <c>&lt;tmp&gt;/project</c>, beside
/// <c>&lt;tmp&gt;/outside/still.jpg</c>, a valid still that links in <c>links.txt</c> may point at.
/// </summary>
public sealed class CorpusProject : IDisposable
{
    private const string ExpectedFile = "expected.txt";
    private const string LinksFile = "links.txt";

    private readonly string root;

    private CorpusProject(string name)
    {
        Name = name;
        var source = Path.Combine(CorpusDirectory, name);
        root = Path.Combine(Path.GetTempPath(), $"legacypress-corpus-{name}-{Guid.NewGuid():N}");
        Directory = Path.Combine(root, "project");
        CopyTree(source, Directory);
        var outside = System.IO.Directory.CreateDirectory(Path.Combine(root, "outside")).FullName;
        File.Copy(Path.Combine(CorpusDirectory, "21-missing-image", "images", "still.jpg"), Path.Combine(outside, "still.jpg"));
        var links = Path.Combine(source, LinksFile);
        if (File.Exists(links))
        {
            foreach (var line in File.ReadAllLines(links).Where(l => l.Contains("->", StringComparison.Ordinal)))
            {
                var parts = line.Split("->", 2, StringSplitOptions.TrimEntries);
                File.CreateSymbolicLink(Path.Combine(Directory, parts[0]), parts[1]);
            }
        }
        Expected = File.ReadAllLines(Path.Combine(source, ExpectedFile)).Where(l => l.Length > 0).ToList();
    }

    public string Name { get; }

    /// <summary>The temp copy of the project folder.</summary>
    public string Directory { get; }

    /// <summary>The diagnostics expected, as <c>film.yaml:line:col: message</c>, in the order reported.</summary>
    public IReadOnlyList<string> Expected { get; }

    public static string CorpusDirectory { get; } = Path.Combine(RepositoryFiles.Root, "tests", "data", "invalid");

    /// <summary>Every case folder's name, sorted.</summary>
    public static IReadOnlyList<string> Names =>
        System.IO.Directory.EnumerateDirectories(CorpusDirectory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names)
        {
            data.Add(name);
        }
        return data;
    }

    public static CorpusProject Open(string name) => new(name);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
    }

    private static void CopyTree(string source, string target)
    {
        System.IO.Directory.CreateDirectory(target);
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative is ExpectedFile or LinksFile)
            {
                continue;
            }
            var destination = Path.Combine(target, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        foreach (var dir in System.IO.Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            System.IO.Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, dir)));
        }
    }
}
