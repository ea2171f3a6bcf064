using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Media;
using LegacyPress.Render.Tests.Support;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Composition;

/// <summary>A real project on disk (film.yaml and PNG stills) loaded and planned the way the CLI does it.</summary>
internal sealed class TestFilm : IDisposable
{
    private readonly TempFolder folder = new();

    public TestFilm(string actsYaml, string cardsYaml = "cards: { opening: false, acts: false, credits: false }", int fps = 10)
    {
        Folder = folder.Path;
        File.WriteAllText(folder.File("film.yaml"), $"""
            schema: 1
            title: Composition test
            output: {"{"} fps: {fps} {"}"}
            {cardsYaml}
            acts:
            {actsYaml}
            """);
    }

    public string Folder { get; }

    public Film Film { get; private set; } = null!;

    public Timeline Timeline { get; private set; } = null!;

    /// <summary>Writes a still whose every pixel comes from <paramref name="paint"/>(x, y).</summary>
    public TestFilm Still(string name, int width, int height, Func<int, int, SKColor> paint)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, paint(x, y));
            }
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(folder.File(name), data.ToArray());
        return this;
    }

    public TestFilm Load()
    {
        var loaded = new FilmLoader(new MediaInspector()).Load(Folder);
        Film = loaded.Film ?? throw new InvalidOperationException(string.Join("\n", loaded.Diagnostics));
        var plan = TimelinePlanner.Plan(Film);
        Timeline = plan.Timeline ?? throw new InvalidOperationException(string.Join("\n", plan.Diagnostics));
        return this;
    }

    public void Dispose() => folder.Dispose();
}
