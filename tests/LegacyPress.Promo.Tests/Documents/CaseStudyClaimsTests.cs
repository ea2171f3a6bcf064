using System.Text.RegularExpressions;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Planning;
using LegacyPress.Promo.Documents.Model;
using LegacyPress.Promo.PressKit;
using LegacyPress.Promo.Tests.Support;
using LegacyPress.Render.Films;
using LegacyPress.Render.Media;
using LegacyPress.TestSupport;
using static LegacyPress.Promo.Tests.Documents.SampleProjectDocuments;

namespace LegacyPress.Promo.Tests.Documents;

/// <summary>The case study says only what film.yaml knows: prompts, generated stills, synthesised or recorded sounds — read back from the PDF.</summary>
public sealed class CaseStudyClaimsTests
{
    private static string Film(string shotB, string shotC) => $$"""
        schema: 1
        title: "Three Shots"
        cards: { opening: false, acts: false, credits: false }
        acts:
          - title: One
            shots:
              - id: a
                image: images/a.png
                duration: 2
                sfx:
                  - { at: 0.2, effect: whoosh, duration: 1 }
                  - { at: 0.5, file: sfx/door.wav }
              - id: b
                image: images/b.png
                duration: 2
        {{shotB}}
              - id: c
                image: images/c.png
                duration: 2
        {{shotC}}
        """;

    private static string CaseStudyText(SmallProject project)
    {
        Directory.CreateDirectory(project.PathOf("sfx"));
        TestSounds.WriteSineWav(project.PathOf("sfx", "door.wav"), 1);
        var loaded = new FilmLoader(new MediaInspector()).Load(project.Root, FilmLoader.FileName);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Diagnostics));
        var timeline = TimelinePlanner.Plan(loaded.Film!).Timeline!;
        FrameDrawerFactory drawers = (_, t, preset) => new FlatFrameDrawer(preset.WidthPixels, preset.HeightPixels, t.FrameRate, t.TotalFrames);
        var output = project.PathOf("out");
        var result = new ProjectDocuments(drawers, project.Display).Write(loaded.Film!, timeline, PaperSize.A4, output, DocumentKinds.CaseStudy);
        Assert.Empty(result.Problems);
        return Regex.Replace(Poppler("pdftotext", Path.Combine(output, ProjectDocuments.CaseStudyFile), "-"), @"\s+", " ");
    }

    [Fact]
    public void Without_prompts_the_stills_are_not_called_generated_and_there_is_no_prompt_table_or_bible()
    {
        using var project = new SmallProject();
        project.WriteFile("film.yaml", Film("", ""));

        var text = CaseStudyText(project);

        Assert.Contains("3 stills", text);
        Assert.DoesNotContain("generated", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("prompt", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Image generation", text);
    }

    [Fact]
    public void A_file_sound_is_not_counted_as_synthesised()
    {
        using var project = new SmallProject();
        project.WriteFile("film.yaml", Film("", ""));

        var text = CaseStudyText(project);

        Assert.Contains("1 synthesised effect, 1 effect from the project's own files, 0 music tracks", text);
        Assert.Contains("whoosh (synthesised)", text);
        Assert.Contains("door.wav (file)", text);
    }

    [Fact]
    public void An_image_generation_chapter_without_prompts_says_plainly_none_were_recorded()
    {
        using var project = new SmallProject();
        project.WriteFile("film.yaml", Film("", ""));
        project.WriteFile("casestudy/image-generation.md", "We drew the pictures by hand.\n");

        var text = CaseStudyText(project);

        Assert.Contains("Image generation", text);
        Assert.Contains("We drew the pictures by hand.", text);
        Assert.Contains("No prompts were recorded", text);
        Assert.DoesNotContain("The prompt bible", text);
    }

    [Fact]
    public void Some_prompts_are_counted_as_some_and_the_bible_says_when_nothing_repeats()
    {
        using var project = new SmallProject();
        project.WriteFile("film.yaml", Film("        prompt: \"a lighthouse in fog\"", ""));

        var text = CaseStudyText(project);

        Assert.Contains("3 stills (1 generated from a prompt)", text);
        Assert.Contains("1 of the 3 stills began as a prompt", text);
        Assert.Contains("a lighthouse in fog", text);
        Assert.Contains("The prompt bible", text);
        Assert.Contains("repeat no word or phrase", text);
    }

    [Fact]
    public void The_storyboard_caption_says_at_rest_and_sets_the_command_without_backticks()
    {
        using var project = new SmallProject();
        project.WriteFile("film.yaml", Film("", ""));

        var text = CaseStudyText(project);

        Assert.Contains("every shot at rest", text);
        Assert.Contains("drawn by legacypress storyboard.", text);
        Assert.DoesNotContain("middle frame", text);
        Assert.DoesNotContain("`", text);
    }
}
