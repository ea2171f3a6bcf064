using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;

namespace LegacyPress.Publish.Tests;

/// <summary>A throwaway film project on disk: film.yaml, one still, a film of random bytes, and optional promo files.</summary>
public sealed class TestProject : IDisposable
{
    private const string BaseYaml = """
        schema: 1
        title: "The Test Film"
        logline: "A film made to be published."
        language: en
        genre: [Fantasy, Short]
        acts:
          - title: One
            shots:
              - id: a
                image: images/a.png
                duration: 4
        """;

    public TestProject(string publishYaml = "", int filmBytes = 3 * 256 * 1024 + 1234, int seed = 1)
    {
        Directory.CreateDirectory(Path.Combine(Root, "images"));
        Directory.CreateDirectory(Artifacts);
        // A real still: the library tests never decode it, but the CLI's loader does.
        using (var still = new SkiaSharp.SKBitmap(320, 180))
        using (var png = still.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100))
        {
            File.WriteAllBytes(Path.Combine(Root, "images", "a.png"), png.ToArray());
        }
        WriteYaml(publishYaml);
        WriteFilm(filmBytes, seed);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "lp-publish-" + Guid.NewGuid().ToString("N")[..10]);

    public string Artifacts => Path.Combine(Root, "artifacts");

    public string FilmPath => Path.Combine(Artifacts, "film.mp4");

    /// <summary>What <c>XDG_CONFIG_HOME</c> is set to when the real <c>legacypress</c> runs against this project.</summary>
    public string ConfigHome => Path.Combine(Root, "config");

    /// <summary>Where the sign-in is stored: <see cref="Auth.ConfigFolder"/> under <see cref="ConfigHome"/>.</summary>
    public string ConfigFolder => Auth.ConfigFolder.Resolve(v => v == Auth.ConfigFolder.Variable ? ConfigHome : null);

    public string LedgerPath => Path.Combine(Root, "publish.lock.json");

    public void WriteYaml(string publishYaml) =>
        File.WriteAllText(Path.Combine(Root, "film.yaml"), BaseYaml + "\n" + publishYaml + "\n");

    public byte[] WriteFilm(int bytes, int seed)
    {
        var data = new byte[bytes];
        new Random(seed).NextBytes(data);
        File.WriteAllBytes(FilmPath, data);
        return data;
    }

    public void WritePromo(string title, string description, string tags, int thumbnailBytes = 4096)
    {
        var text = Path.Combine(Artifacts, "promo", "text");
        Directory.CreateDirectory(text);
        File.WriteAllText(Path.Combine(text, "youtube-title.txt"), title);
        File.WriteAllText(Path.Combine(text, "youtube-description.txt"), description);
        File.WriteAllText(Path.Combine(text, "youtube-tags.txt"), tags);
        var thumbnail = new byte[thumbnailBytes];
        thumbnail[0] = 0xFF;
        thumbnail[1] = 0xD8;
        File.WriteAllBytes(Path.Combine(Artifacts, "promo", "youtube-thumbnail.jpg"), thumbnail);
    }

    public void WriteCaptions(string language, string text) =>
        File.WriteAllText(Path.Combine(Artifacts, $"film.{language}.srt"), text);

    public Film Load()
    {
        var loaded = new FilmLoader(new StillsOnly()).Load(Root, "film.yaml");
        Assert.True(loaded.Ok, string.Join("\n", loaded.Diagnostics));
        return loaded.Film!;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Publish never decodes media; the loader only needs stills to "open".</summary>
    private sealed class StillsOnly : IMediaInspector
    {
        public MediaInfo InspectImage(string fullPath) => new(null, 1920, 1080);

        public MediaInfo InspectAudio(string fullPath) => new(null, DurationSeconds: 10);

        public MediaInfo InspectLut(string fullPath) => new(null);
    }
}
