using LegacyPress.Core.Loading;

namespace LegacyPress.Core.Tests.Building;

/// <summary>A throw-away project folder with one still, <c>images/a.jpg</c>, for loading film.yaml texts written in a test.</summary>
public sealed class FilmYamlProject : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("legacypress-yaml-").FullName;

    public FilmYamlProject()
    {
        Directory.CreateDirectory(Path.Combine(folder, "images"));
        File.WriteAllText(Path.Combine(folder, "images", "a.jpg"), "FakeMedia decodes anything");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>Writes a file into the project (its folder made as needed).</summary>
    public void WriteFile(string relativePath, string text)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public LoadResult Load(string filmYaml)
    {
        File.WriteAllText(Path.Combine(folder, FilmLoader.FileName), filmYaml);
        return new FilmLoader(new FakeMedia()).Load(folder, FilmLoader.FileName);
    }

    /// <summary>Every problem as <c>check</c> prints it: <c>film.yaml:line:col: message</c>.</summary>
    public List<string> Problems(string filmYaml) => Load(filmYaml).Diagnostics.Select(d => d.ToString()).ToList();
}
