using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Media;
using SkiaSharp;
using LegacyPress.TestSupport;

namespace LegacyPress.Promo.Tests.Support;

/// <summary>
/// A three-shot project on disk (shots <c>a</c>, <c>b</c>, <c>c</c>, real PNG stills, no cards) with whatever
/// <c>promo:</c>/<c>publish:</c> YAML a test appends from line 16 on, loaded and planned by the real loader.
/// </summary>
internal sealed class SmallProject : IDisposable
{
    /// <summary>The line the appended YAML starts on, so tests can name exact locations.</summary>
    public const int FirstExtraLine = 16;

    private const string BaseYaml = """
        schema: 1
        title: "Three Shots"
        cards: { opening: false, acts: false, credits: false }
        acts:
          - title: One
            shots:
              - id: a
                image: images/a.png
                duration: 2
              - id: b
                image: images/b.png
                duration: 2
              - id: c
                image: images/c.png
                duration: 2
        """;

    private readonly TempFolder folder = new();

    public SmallProject(string extraYaml = "")
    {
        foreach (var (name, colour) in new[] { ("a", SKColors.DarkOrange), ("b", SKColors.SteelBlue), ("c", SKColors.SeaGreen) })
        {
            WriteStill(Path.Combine("images", name + ".png"), colour);
        }
        File.WriteAllText(Path.Combine(Root, FilmLoader.FileName), BaseYaml + "\n" + extraYaml + "\n");
    }

    public string Root => folder.Path;

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public void WriteFile(string relativePath, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relativePath))!);
        File.WriteAllText(PathOf(relativePath), text);
    }

    public void WriteStill(string relativePath, SKColor colour)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var bitmap = new SKBitmap(160, 90);
        bitmap.Erase(colour);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, png.ToArray());
    }

    /// <summary>The film as the CLI loads it, files named relative to the project (<c>film.yaml</c>).</summary>
    public Film Load()
    {
        var loaded = new FilmLoader(new MediaInspector()).Load(Root, FilmLoader.FileName);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Diagnostics));
        return loaded.Film!;
    }

    public (Film Film, Timeline Timeline) LoadAndPlan()
    {
        var film = Load();
        var planned = TimelinePlanner.Plan(film);
        Assert.True(planned.Ok, string.Join("\n", planned.Diagnostics));
        return (film, planned.Timeline!);
    }

    /// <summary>How messages name the project's files in these tests: relative to the project.</summary>
    public string Display(string path) => Path.GetRelativePath(Root, path);

    public void Dispose() => folder.Dispose();
}
