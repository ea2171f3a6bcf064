using System.Text.RegularExpressions;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Tests.Building;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Tests.Schema;

/// <summary>
/// docs/film.schema.json and docs/film-yaml.md must say what the loader does. The key lists below are
/// read off FilmReader/ShotReader/TransitionReader (and the promo and publish readers); the docs' complete example is loaded by the real
/// loader and uses every key of the schema, so neither can drift without a test failing.
/// </summary>
public sealed partial class FilmSchemaTests
{
    private static readonly SchemaDocument Schema = new(RepositoryFiles.PathOf("docs", "film.schema.json"));

    /// <summary>Every mapping film.yaml has, by its place in the schema, and the keys the loader reads there.</summary>
    private static readonly Dictionary<string, string[]> LoaderKeys = new(StringComparer.Ordinal)
    {
        ["#"] =
        [
            "schema", "title", "tagline", "logline", "synopsis", "version", "release_date", "language", "genre",
            "credits", "contact", "links", "output", "look", "voices", "music", "narration_timing", "audio", "cards", "acts", "promo", "publish", "trailer",
            "timing", "bible", "generate",
        ],
        ["#/properties/bible"] = ["style", "characters", "places"],
        ["#/properties/bible/properties/style/oneOf/1"] = ["prompt", "negative_prompt"],
        ["#/$defs/bibleEntry/oneOf/1"] = ["description", "references", "seed"],
        ["#/properties/generate"] = ["backend", "model", "workflow", "endpoint", "candidates"],
        // promo and publish are read by Promo's PromoSettings and Publish's PublishSettingsReader; Release.Tests holds those to this list.
        ["#/properties/promo"] = ["key_art", "key_art_portrait", "video_url", "hashtags", "tags", "laurels", "stills", "short_title"],
        ["#/properties/publish"] = ["youtube"],
        ["#/properties/publish/properties/youtube"] =
        [
            "privacy", "publish_at", "playlist", "made_for_kids", "synthetic_media", "license", "embeddable", "category", "default_language", "captions", "thumbnail",
        ],
        ["#/properties/trailer"] = ["length", "shots", "lines", "music", "closing", "sting"],
        ["#/properties/trailer/properties/music"] = ["file", "offset", "gain_db"],
        ["#/properties/trailer/properties/closing"] = ["text", "link"],
        ["#/properties/contact"] = ["name", "email", "website", "phone"],
        ["#/properties/output"] = ["preset", "width", "height", "fps"],
        ["#/properties/look"] = ["lut", "lut_strength", "grain", "vignette", "letterbox", "grain_seed", "match", "warn_delta_e", "groups"],
        ["#/properties/look/properties/groups/additionalProperties"] = ["match"],
        ["#/$defs/lookMatch/oneOf/1"] = ["method", "strength", "reference"],
        ["#/$defs/actOrShotMatch/oneOf/1"] = ["method", "strength"],
        ["#/properties/narration_timing"] = ["lead_in", "tail", "silent_shot", "words_per_second"],
        ["#/properties/audio"] = ["loudness_lufs", "true_peak_dbtp", "captions"],
        ["#/properties/cards"] = ["opening", "acts", "credits"],
        ["#/properties/cards/properties/credits/oneOf/1"] = ["duration"],
        ["#/$defs/card"] = ["duration", "transition"],
        ["#/$defs/voice"] = ["engine", "settings"],
        ["#/$defs/musicTrack"] = ["id", "file", "start", "end", "offset", "loop", "gain_db", "fade_in", "fade_out", "duck", "tempo", "first_beat", "meter", "markers"],
        ["#/$defs/musicTrack/properties/markers/items"] = ["at", "name"],
        ["#/$defs/timing"] = ["snap", "tolerance"],
        ["#/$defs/musicAnchor"] = ["beat", "marker", "offset"],
        ["#/$defs/musicTrack/properties/duck/oneOf/1"] = ["gain_db", "attack", "release"],
        ["#/$defs/act"] = ["title", "shots", "look_group", "match", "timing"],
        ["#/$defs/shot"] = ["id", "image", "duration", "motion", "focus", "fit", "transition", "narration", "sfx", "title", "caption", "prompt", "trailer", "look_group", "match", "timing", "at", "characters", "place", "seed"],
        ["#/$defs/transition/oneOf/1"] = ["type", "duration", "easing"],
        ["#/$defs/point/oneOf/1"] = ["x", "y"],
        ["#/$defs/framing/oneOf/0"] = ["zoom", "center"],
        ["#/$defs/framing/oneOf/1"] = ["rect"],
        ["#/$defs/motion/oneOf/1"] = ["preset", "amount", "easing"],
        ["#/$defs/motion/oneOf/2"] = ["start", "end", "easing"],
        ["#/$defs/narration/oneOf/1"] = ["text", "audio", "voice"],
        ["#/$defs/soundCue"] = ["at", "effect", "file", "duration", "pitch", "intensity", "seed", "gain_db"],
        ["#/$defs/generatedSound"] = ["generate", "duration", "prompt_influence", "take"],
    };

    [Fact]
    public void Schema_objects_are_exactly_the_mappings_the_loader_reads()
    {
        var objects = Schema.Objects();

        Assert.Equal(LoaderKeys.Keys.Order(StringComparer.Ordinal), objects.Keys.Order(StringComparer.Ordinal));
        foreach (var (pointer, keys) in LoaderKeys)
        {
            Assert.True(keys.Order(StringComparer.Ordinal).SequenceEqual(objects[pointer].Order(StringComparer.Ordinal)),
                $"{pointer}: schema has [{string.Join(", ", objects[pointer])}], loader reads [{string.Join(", ", keys)}]");
        }
    }

    [Fact]
    public void Every_schema_object_rejects_unknown_keys_like_the_loader()
    {
        foreach (var pointer in LoaderKeys.Keys)
        {
            Assert.True(Schema.At(pointer).TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == System.Text.Json.JsonValueKind.False,
                $"{pointer} must set additionalProperties: false");
        }
    }

    [Fact]
    public void Enums_are_the_core_tables()
    {
        Assert.Equal(TransitionKinds.Known, Schema.Enum("#/$defs/transitionKind"));
        Assert.Equal(SoundEffectNames.Known, Schema.Enum("#/$defs/soundCue/properties/effect/oneOf/0"));
        Assert.Equal(MotionNames.Presets.Keys, Schema.Enum("#/$defs/motion/oneOf/0"));
        Assert.Equal(MotionNames.Presets.Keys, Schema.Enum("#/$defs/motion/oneOf/1/properties/preset"));
        Assert.Equal(MotionNames.Easings.Keys, Schema.Enum("#/$defs/easing"));
        Assert.Equal(VoiceEngines.Known, Schema.Enum("#/$defs/voice/properties/engine"));
        Assert.Equal(OutputPresets.All.Select(p => p.Name), Schema.Enum("#/properties/output/properties/preset"));
        Assert.Equal(["cover", "contain"], Schema.Enum("#/$defs/shot/properties/fit"));
        Assert.Equal(GenerateSettings.Backends, Schema.Enum("#/properties/generate/properties/backend"));
        Assert.Equal(LookMatchReader.Methods.Keys, Schema.Enum("#/$defs/lookMatch/oneOf/1/properties/method"));
        Assert.Equal(LookMatchReader.Methods.Keys, Schema.Enum("#/$defs/actOrShotMatch/oneOf/1/properties/method"));
    }

    [Fact]
    public void Schema_says_this_version_reads_schema_1()
    {
        Assert.Equal(FilmDefaults.SchemaVersion, Schema.At("#/properties/schema").GetProperty("const").GetInt32());
    }

    [Fact]
    public void Sample_film_points_editors_at_the_schema_and_uses_only_its_keys()
    {
        var path = RepositoryFiles.PathOf("samples", "legacy", "film.yaml");

        Assert.StartsWith("# yaml-language-server: $schema=../../docs/film.schema.json", File.ReadLines(path).First());
        Assert.Empty(Schema.CheckKeys(ParseYaml(File.ReadAllText(path)), []));
    }

    [Fact]
    public void Docs_example_loads_cleanly_and_plans()
    {
        var project = Directory.CreateTempSubdirectory("legacypress-docs-example-").FullName;
        try
        {
            var yaml = DocsExample();
            File.WriteAllText(Path.Combine(project, FilmLoader.FileName), yaml);
            foreach (Match m in NamedFile().Matches(yaml))
            {
                var file = Path.Combine(project, m.Groups["path"].Value);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, "placeholder; FakeMedia decodes anything");
            }

            // Three minutes of music, so the example's markers lie inside their file.
            var loaded = new FilmLoader(new FakeMedia(musicSeconds: 180)).Load(project, FilmLoader.FileName);
            Assert.Empty(loaded.Diagnostics.Select(d => d.ToString()));
            var planned = TimelinePlanner.Plan(loaded.Film!);
            Assert.Empty(planned.Diagnostics.Select(d => d.ToString()));
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    [Fact]
    public void Docs_example_uses_every_key_of_the_schema()
    {
        var used = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);

        Assert.Empty(Schema.CheckKeys(ParseYaml(DocsExample()), used));

        foreach (var (pointer, keys) in Schema.Objects())
        {
            var missing = keys.Where(k => !used.GetValueOrDefault(pointer, []).Contains(k)).ToList();
            Assert.True(missing.Count == 0, $"docs example never uses {pointer}: {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void Docs_quote_the_defaults()
    {
        var docs = File.ReadAllText(RepositoryFiles.PathOf("docs", "film-yaml.md"));
        // The first table row of a field; cards' rows start with their type to tell `acts` the card from `acts` the list.
        string Row(string field, string type = "") => docs.Split('\n').First(l => l.StartsWith($"| `{field}` | {type}", StringComparison.Ordinal));

        Assert.Contains($"`{FilmDefaults.Version}`", Row("version"));
        Assert.Contains($"`{FilmDefaults.Language}`", Row("language"));
        Assert.Contains($"`{FilmDefaults.OutputPreset}`", Row("preset"));
        Assert.Contains($"`{FilmDefaults.FrameRate}`", Row("fps"));
        Assert.Contains($"`{FilmDefaults.MotionAmount}`", Row("amount"));
        Assert.Contains($"`{FilmDefaults.NarrationTiming.LeadInSeconds}`", Row("lead_in"));
        Assert.Contains($"`{FilmDefaults.NarrationTiming.TailSeconds:0.0}`", Row("tail"));
        Assert.Contains($"`{FilmDefaults.NarrationTiming.SilentShotSeconds}`", Row("silent_shot"));
        Assert.Contains($"`{FilmDefaults.NarrationTiming.EstimatedWordsPerSecond}`", Row("words_per_second"));
        Assert.Contains($"`{FilmDefaults.MusicGainDb}`", Row("gain_db"));
        Assert.Contains($"{FilmDefaults.OpeningCardSeconds} s", Row("opening", "`false`"));
        Assert.Contains($"{FilmDefaults.ActCardSeconds} s", Row("acts", "`false`"));
        Assert.Contains($"`{FilmDefaults.SoundPromptInfluence}`", Row("prompt_influence"));
        Assert.Contains($"`{FilmDefaults.SoundTake}`", Row("take"));
        Assert.Contains($"`{Look.DefaultWarnDeltaE}`", Row("warn_delta_e"));
        Assert.Contains($"`{LookMatch.Default.Strength}`", Row("strength"));
        Assert.Contains($"`{LookMatch.Default.Method.ToString().ToLowerInvariant()}`", Row("method"));
    }

    private static string DocsExample()
    {
        var docs = File.ReadAllText(RepositoryFiles.PathOf("docs", "film-yaml.md"));
        var start = docs.IndexOf("## A complete example", StringComparison.Ordinal);
        var block = docs.IndexOf("```yaml\n", start, StringComparison.Ordinal) + "```yaml\n".Length;
        return docs[block..docs.IndexOf("```", block, StringComparison.Ordinal)];
    }

    private static YamlNode ParseYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents[0].RootNode;
    }

    [GeneratedRegex(@"(?:image|audio|file|lut|workflow|references): \[?(?<path>[\w./-]+\.\w+)")]
    private static partial Regex NamedFile();
}
