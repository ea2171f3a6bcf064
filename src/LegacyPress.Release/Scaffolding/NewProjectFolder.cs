using LegacyPress.Core.Files;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Scaffolding;

namespace LegacyPress.Release.Scaffolding;

/// <summary>
/// The folder <c>legacypress new</c> fills: it counts what is written, and gives every project the same editor
/// support (a copy of the schema the film.yaml's first line points at, VS Code's mapping of it) and .gitignore.
/// </summary>
public sealed class NewProjectFolder
{
    /// <summary>
    /// The schema copy's name, beside film.yaml so the modeline is a plain relative path. Not under
    /// <c>.legacypress/</c>, which is ignored by git and may be deleted as a cache.
    /// </summary>
    public const string SchemaFileName = "film.schema.json";

    /// <summary>What every new project ignores: the cache of spoken narration, mixes and step fingerprints, and the outputs.</summary>
    public const string GitIgnore = $"""
        # LegacyPress's cache (spoken narration, mixes, what each release step read): rebuilt when missing.
        {ProjectPaths.StateFolder}/
        # What render, release and the other commands write when run in this folder.
        artifacts/

        """;

    /// <summary>VS Code (YAML extension): the project's film.yaml is checked against the local schema.</summary>
    public const string VsCodeSettings = $$"""
        {
          "yaml.schemas": {
            "./{{SchemaFileName}}": ["/{{FilmLoader.FileName}}"]
          }
        }

        """;

    private readonly HashSet<string> written = new(StringComparer.Ordinal);

    public NewProjectFolder(string path)
    {
        FullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(FullPath);
    }

    public string FullPath { get; }

    /// <summary>The folder's own name, which a starter film takes its title from.</summary>
    public string Name => Path.GetFileName(Path.TrimEndingDirectorySeparator(FullPath));

    public int FilesWritten => written.Count;

    /// <summary>Why a new project cannot go at <paramref name="path"/>: something is there that is not an empty folder.</summary>
    public static string? Problem(string path)
    {
        var full = Path.GetFullPath(path);
        return FileKinds.Of(full) switch
        {
            FileKind.Missing => null,
            FileKind.Directory when !Directory.EnumerateFileSystemEntries(full).Any() => null,
            FileKind.Directory => $"'{path}' already exists and is not empty; choose a new folder",
            var kind => $"'{path}' is {FileKinds.Describe(kind)}; choose a new folder",
        };
    }

    /// <summary>The full path for a project-relative file about to be written (its folder made), counted as written.</summary>
    public string File(string relativePath)
    {
        var full = Path.Combine(FullPath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        written.Add(Path.GetRelativePath(FullPath, full));
        return full;
    }

    public void WriteText(string relativePath, string text) => OutputFile.WriteAllText(File(relativePath), text);

    /// <summary>Copies a file in; a copy is written to a temporary name and renamed, so it is never half there.</summary>
    public void CopyFile(string source, string relativePath)
    {
        using var output = new OutputFile(File(relativePath));
        System.IO.File.Copy(source, output.TemporaryPath);
        output.Commit();
    }

    /// <summary>Copies a project tree in, leaving out caches and build folders.</summary>
    public void CopyTree(string source)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (!relative.Split(Path.DirectorySeparatorChar).Any(part => part is ProjectPaths.StateFolder or "bin" or "obj"))
            {
                CopyFile(file, relative);
            }
        }
    }

    /// <summary>Writes film.yaml with its first line pointing the YAML language server at the project's schema copy.</summary>
    public void WriteFilm(string yaml) => WriteText(FilmLoader.FileName, SchemaModeline.Apply(yaml, "./" + SchemaFileName));

    /// <summary>The schema copy, VS Code's mapping of it to film.yaml, and .gitignore.</summary>
    public void WriteEditorSupport(string schemaSource)
    {
        CopyFile(schemaSource, SchemaFileName);
        WriteText(Path.Combine(".vscode", "settings.json"), VsCodeSettings);
        WriteText(".gitignore", GitIgnore);
    }
}
