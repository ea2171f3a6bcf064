using System.Security.Cryptography;
using LegacyPress.Cli.Tests.Support;
using SkiaSharp;

namespace LegacyPress.Cli.Tests.Faults;

/// <summary>A two-shot, two-second film in a scratch folder, for tests of what a write failure leaves behind.</summary>
internal sealed class FaultProject : IDisposable
{
    public FaultProject()
    {
        Folder = Directory.CreateTempSubdirectory("legacypress-faults-").FullName;
        Directory.CreateDirectory(Path.Combine(Folder, "images"));
        CliRun.WriteStill(Path.Combine(Folder, "images", "a.png"), SKColors.DarkOrange, 640, 360);
        CliRun.WriteStill(Path.Combine(Folder, "images", "b.png"), SKColors.SteelBlue, 640, 360);
        File.WriteAllText(Path.Combine(Folder, "film.yaml"), """
            schema: 1
            title: "Two Shots"
            synopsis: "An orange field gives way to a blue sky."
            credits:
              Directed by: [Ada Example]
            output:
              fps: 24
            cards:
              opening: false
              acts: false
              credits: false
            acts:
              - title: One
                shots:
                  - id: orange
                    image: images/a.png
                    duration: 1.5
                    prompt: "an orange field, warm light"
                  - id: blue
                    image: images/b.png
                    duration: 1
                    prompt: "a blue sky, warm light"
            """);
    }

    public string Folder { get; }

    public string Out => Path.Combine(Folder, "out");

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Every temporary file (<c>*.partial-*</c>) under <paramref name="folder"/>.</summary>
    public static List<string> Partials(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f).Contains(".partial-", StringComparison.Ordinal)).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
