using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Tests.Building;

namespace LegacyPress.Core.Tests.Loading;

/// <summary>film.yaml's <c>bible</c> and <c>generate</c>, and the shot fields that name them: read, defaulted and checked at their lines.</summary>
public sealed class PromptBibleLoadingTests : IDisposable
{
    private readonly string project = Directory.CreateTempSubdirectory("legacypress-bible-").FullName;

    public PromptBibleLoadingTests()
    {
        Directory.CreateDirectory(Path.Combine(project, "images"));
        Directory.CreateDirectory(Path.Combine(project, "refs"));
        File.WriteAllText(Path.Combine(project, "images/a.jpg"), "FakeMedia decodes anything");
        File.WriteAllText(Path.Combine(project, "refs/theo.png"), "FakeMedia decodes anything");
    }

    public void Dispose() => Directory.Delete(project, recursive: true);

    private const string Bible = """
        bible:
          style:
            prompt: steampunk oil painting
            negative_prompt: text, watermark
          characters:
            theo:
              description: Theo, a young apprentice
              references: [refs/theo.png]
              seed: 1931
            elias: an old inventor
          places:
            workshop: a cluttered workshop
        """;

    /// <summary>A film whose top level is <paramref name="top"/> and whose one shot (id a, fixed 3 s) has <paramref name="shot"/>'s fields from line 8 of the shot list.</summary>
    private LoadResult Load(string top, string shot, FilmLoadOptions? options = null)
    {
        var shotLines = string.Join("\n", shot.Split('\n').Select(l => "        " + l));
        File.WriteAllText(Path.Combine(project, FilmLoader.FileName),
            $"schema: 1\ntitle: Legacy\n{top}\nacts:\n  - title: One\n    shots:\n      - id: a\n        duration: 3\n{shotLines}\n");
        return new FilmLoader(new FakeMedia(3)).Load(project, FilmLoader.FileName, options);
    }

    private List<string> Problems(string top, string shot, FilmLoadOptions? options = null) =>
        Load(top, shot, options).Diagnostics.Select(d => d.ToString()).ToList();

    [Fact]
    public void The_bible_is_read_with_descriptions_references_and_seeds()
    {
        var loaded = Load(Bible, "image: images/a.jpg\ncharacters: [theo, elias]\nplace: workshop\nseed: 7");

        Assert.Empty(loaded.Diagnostics);
        var film = loaded.Film!;
        Assert.Equal(new BibleStyle("steampunk oil painting", "text, watermark"), film.Bible.Style);
        Assert.Equal(["theo", "elias"], film.Bible.Characters.Keys);
        Assert.Equal(["refs/theo.png"], film.Bible.Characters["theo"].ReferencePaths);
        Assert.Equal(1931, film.Bible.Characters["theo"].Seed);
        Assert.Equal("an old inventor", film.Bible.Characters["elias"].Description);
        Assert.Equal("a cluttered workshop", film.Bible.Places["workshop"].Description);
        var shot = film.Shots.Single();
        Assert.Equal(["theo", "elias"], shot.Characters);
        Assert.Equal(("workshop", 7L, true), (shot.Place, shot.Seed, shot.ImageWritten));
    }

    [Fact]
    public void A_film_without_a_bible_or_generate_section_has_empty_ones()
    {
        var film = Load("", "image: images/a.jpg").Film!;

        Assert.Same(PromptBible.Empty, film.Bible);
        Assert.Null(film.Generate);
        Assert.False(film.Shots.Single().Generatable);
    }

    [Fact]
    public void A_style_may_be_the_prompt_alone() =>
        Assert.Equal(new BibleStyle("ink wash", null), Load("bible: { style: ink wash }", "image: images/a.jpg").Film!.Bible.Style);

    [Fact]
    public void A_generatable_shot_may_leave_out_its_image_which_defaults_to_its_id()
    {
        File.WriteAllText(Path.Combine(project, "images/a.png"), "made by generate");
        var shot = Load(Bible, "prompt: the device glows").Film!.Shots.Single();

        Assert.Equal(("images/a.png", false, true), (shot.ImagePath, shot.ImageWritten, shot.Generatable));
    }

    [Fact]
    public void A_missing_generatable_still_names_the_command_that_makes_it() =>
        Assert.Equal(
            ["film.yaml:18:9: shot 'a': image 'images/a.png' not found; run 'legacypress generate' to make it from the shot's prompt (docs/generate.md)"],
            Problems(Bible, "characters: [theo]"));

    [Fact]
    public void Generate_may_load_a_film_whose_generatable_stills_are_not_made_yet()
    {
        var loaded = Load(Bible, "image: images/b.png\nprompt: the device glows", new FilmLoadOptions(ImagesMayBeMissing: true));

        Assert.Empty(loaded.Diagnostics);
        Assert.Equal("images/b.png", loaded.Film!.Shots.Single().ImagePath);
    }

    [Fact]
    public void Only_generatable_stills_may_be_missing() =>
        Assert.Equal(
            ["film.yaml:20:16: shot 'a': image 'images/b.png' not found"],
            Problems(Bible, "image: images/b.png", new FilmLoadOptions(ImagesMayBeMissing: true)));

    [Fact]
    public void A_shot_with_nothing_to_generate_from_still_needs_an_image() =>
        Assert.Equal(["film.yaml:18:9: shot 'a': missing required field 'image'"], Problems(Bible, "title: Legacy"));

    [Fact]
    public void Unknown_characters_and_places_are_reported_with_a_suggestion() =>
        Assert.Equal(
            [
                "film.yaml:21:21: shot 'a': unknown character 'teo'; did you mean 'theo'? (define it under 'bible: characters:')",
                "film.yaml:22:16: shot 'a': unknown place 'workshp'; did you mean 'workshop'? (define it under 'bible: places:')",
            ],
            Problems(Bible, "image: images/a.jpg\ncharacters: [teo]\nplace: workshp"));

    [Fact]
    public void Every_bad_bible_field_is_reported_at_its_line() =>
        Assert.Equal(
            [
                "film.yaml:5:5: character 'theo': needs a description (what every prompt that names it says)",
                "film.yaml:6:19: character 'theo': image 'refs/missing.png' not found",
                "film.yaml:7:13: character 'theo': 'seed' must be a whole number from 0 to 4294967294, got '-1'",
                "film.yaml:8:5: bible characters: character id 'Elias' must be lowercase letters, digits and dashes (shots name it)",
                "film.yaml:10:5: place 'dock': needs a description",
                "film.yaml:11:3: bible: unknown key 'colours'",
            ],
            Problems("""
                bible:
                  characters:
                    theo:
                      references: [refs/missing.png]
                      seed: -1
                    Elias: an old man
                  places:
                    dock:
                  colours: warm
                """, "image: images/a.jpg"));

    [Fact]
    public void Generate_settings_are_read_with_their_defaults()
    {
        var generate = Load("generate: { backend: stability, model: ultra }", "image: images/a.jpg").Film!.Generate!;

        Assert.Equal(("stability", "ultra", null, null, GenerateSettings.DefaultCandidates), (generate.Backend, generate.Model, generate.WorkflowPath, generate.Endpoint, generate.Candidates));
    }

    [Fact]
    public void Every_bad_generate_field_is_reported_at_its_line() =>
        Assert.Equal(
            [
                "film.yaml:4:12: generate: unknown backend 'comfy'; did you mean 'comfyui'? (known: comfyui, openai, stability)",
                "film.yaml:5:13: generate: workflow 'flows/missing.json' not found",
                "film.yaml:6:13: generate: 'endpoint' must not carry a user name or password; put keys in the environment (docs/generate.md)",
                "film.yaml:7:15: generate: 'candidates' must be between 1 and 16, got 40",
            ],
            Problems("""
                generate:
                  backend: comfy
                  workflow: flows/missing.json
                  endpoint: http://user:secret@gpu.example:8188
                  candidates: 40
                """, "image: images/a.jpg"));

    [Fact]
    public void A_workflow_belongs_to_comfyui_only() =>
        Assert.Contains(
            "film.yaml:5:13: generate: 'workflow' is a ComfyUI workflow; backend 'openai' takes none",
            Problems("generate:\n  backend: openai\n  workflow: images/a.jpg", "image: images/a.jpg"));

    [Fact]
    public void A_runaway_composed_prompt_is_refused_at_its_shot()
    {
        var problems = Problems($"bible: {{ style: \"{new string('x', GenerationLimits.MaxPromptCharacters)}\" }}", "image: images/a.jpg\nprompt: one more word");

        Assert.Equal(["film.yaml:7:9: shot 'a': its composed prompt (style, place, characters and its own) is 4015 characters; at most 4000 (see docs/limits.md)"], problems);
    }

    [Fact]
    public void A_generated_still_that_is_a_link_out_of_the_project_is_refused_not_generated_into()
    {
        var outside = Directory.CreateTempSubdirectory("legacypress-outside-").FullName;
        try
        {
            File.CreateSymbolicLink(Path.Combine(project, "images/a.png"), Path.Combine(outside, "nothing-yet.png"));
            var problems = Problems(Bible, "prompt: the device glows", new FilmLoadOptions(ImagesMayBeMissing: true));

            Assert.Equal(["film.yaml:18:9: shot 'a': image 'images/a.png' is a symbolic link that leads out of the project folder"], problems);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
