using SkiaSharp;

namespace LegacyPress.Cli.Tests.Support;

/// <summary>
/// The scratch film most command tests need: an orange and a blue still in a temporary folder and a film.yaml with
/// cards off, one act and those two shots — each test adds only the lines it is about (output, the shots' keys).
/// </summary>
internal sealed class TwoShotProject : IDisposable
{
    public TwoShotProject(string prefix, int width = 320, int height = 200)
    {
        Folder = Directory.CreateTempSubdirectory(prefix).FullName;
        Directory.CreateDirectory(Path.Combine(Folder, "images"));
        CliRun.WriteStill(Path.Combine(Folder, "images", "a.png"), SKColors.DarkOrange, width, height);
        CliRun.WriteStill(Path.Combine(Folder, "images", "b.png"), SKColors.SteelBlue, width, height);
    }

    public string Folder { get; }

    public string Out => Path.Combine(Folder, "out");

    /// <summary>Writes film.yaml: <paramref name="output"/> and the shots' lines are YAML at their own indentation.</summary>
    public void WriteFilm(string output, string orange, string blue, string header = "")
    {
        File.WriteAllText(Path.Combine(Folder, "film.yaml"), $"""
            schema: 1
            title: "Two Shots"
            {Indent(header, 0)}
            output:
              {Indent(output, 1)}
            cards:
              opening: false
              acts: false
              credits: false
            acts:
              - title: One
                shots:
                  - id: orange
                    image: images/a.png
                    {Indent(orange, 4)}
                  - id: blue
                    image: images/b.png
                    {Indent(blue, 4)}

            """);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A test that failed may still hold a file open; the temp folder is cleaned by the system in the end.
        }
    }

    /// <summary>Every line after the first indented to <paramref name="level"/> (two spaces each), the first left where the template put it.</summary>
    private static string Indent(string yaml, int level) =>
        string.Join("\n" + new string(' ', 2 * level), yaml.Trim('\n').Split('\n'));
}
