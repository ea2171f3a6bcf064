using System.Text.Json;
using System.Text.RegularExpressions;
using LegacyPress.Core.Loading;
using LegacyPress.Promo.Campaign;
using LegacyPress.Publish.Settings;
using LegacyPress.TestSupport;

namespace LegacyPress.Release.Tests.Checking;

/// <summary>
/// The promo and publish keys the readers accept are the ones docs/film.schema.json, docs/film-yaml.md,
/// docs/press-kit.md and docs/publish.md describe, and the docs' complete example passes both readers.
/// </summary>
public sealed partial class SettingsDocsTests
{
    [Fact]
    public void The_schema_describes_exactly_the_keys_the_readers_accept()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("docs", "film.schema.json")));
        var properties = schema.RootElement.GetProperty("properties");
        static List<string> Keys(JsonElement node) => node.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(PromoSettings.Keys, Keys(properties.GetProperty("promo")));
        Assert.Equal(PublishSettingsReader.Platforms, Keys(properties.GetProperty("publish")));
        Assert.Equal(PublishSettingsReader.YouTubeKeys, Keys(properties.GetProperty("publish").GetProperty("properties").GetProperty("youtube")));
    }

    [Fact]
    public void Every_accepted_key_has_a_row_in_the_reference_pages()
    {
        var filmYaml = File.ReadAllText(RepositoryFiles.PathOf("docs", "film-yaml.md"));
        var pressKit = File.ReadAllText(RepositoryFiles.PathOf("docs", "press-kit.md"));
        var publish = File.ReadAllText(RepositoryFiles.PathOf("docs", "publish.md"));

        Assert.All(PromoSettings.Keys, key => Assert.Contains($"| `{key}` |", filmYaml, StringComparison.Ordinal));
        Assert.All(PromoSettings.Keys, key => Assert.Contains($"| `{key}` |", pressKit, StringComparison.Ordinal));
        Assert.All(PublishSettingsReader.YouTubeKeys, key => Assert.Contains($"| `youtube.{key}` |", filmYaml, StringComparison.Ordinal));
        Assert.All(PublishSettingsReader.YouTubeKeys, key => Assert.Contains($"| `{key}` |", publish, StringComparison.Ordinal));
    }

    [Fact]
    public void The_docs_complete_example_passes_the_promo_and_publish_readers()
    {
        using var project = new TempFolder();
        var docs = File.ReadAllText(RepositoryFiles.PathOf("docs", "film-yaml.md"));
        var start = docs.IndexOf("```yaml\n", docs.IndexOf("## A complete example", StringComparison.Ordinal), StringComparison.Ordinal) + "```yaml\n".Length;
        var yaml = docs[start..docs.IndexOf("```", start, StringComparison.Ordinal)];
        File.WriteAllText(project.File(FilmLoader.FileName), yaml);
        foreach (Match m in NamedFile().Matches(yaml))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(project.File(m.Groups["path"].Value))!);
            File.WriteAllText(project.File(m.Groups["path"].Value), "placeholder; the fake inspector decodes anything");
        }
        var loaded = new FilmLoader(new AnyMedia()).Load(project.Path, FilmLoader.FileName);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Diagnostics));

        Assert.Empty(PromoSettings.From(loaded.Film!).Problems);
        Assert.Empty(PublishSettingsReader.Read(loaded.Film!, DateTimeOffset.UtcNow).Diagnostics);
    }

    private sealed class AnyMedia : IMediaInspector
    {
        public MediaInfo InspectImage(string fullPath) => new(null, 1920, 1080);

        // Music three minutes long, so the example's markers lie inside their file; other sounds short enough for their shots.
        public MediaInfo InspectAudio(string fullPath) =>
            new(null, DurationSeconds: fullPath.Contains($"{Path.DirectorySeparatorChar}music{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? 180 : 10);

        public MediaInfo InspectLut(string fullPath) => new(null);
    }

    // A named file after its key, or inside a flow list (references: [refs/theo.png]).
    [GeneratedRegex(@"(?:(?:image|audio|file|lut|thumbnail|references|workflow): \[?|\[|, )(?<path>[\w/-][\w./-]*\.\w+)")]
    private static partial Regex NamedFile();
}
