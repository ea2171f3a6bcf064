using LegacyPress.Promo.PressKit;
using LegacyPress.Promo.Tests.Support;

namespace LegacyPress.Promo.Tests.Documents;

public sealed class DocumentsCheckTests
{
    [Fact]
    public void The_sample_project_documents_pass_the_check()
    {
        Assert.Empty(ProjectDocuments.Check(SampleFilm.Film, SampleFilm.Timeline, p => p));
    }

    [Fact]
    public void Broken_links_and_images_in_press_and_case_study_markdown_are_reported_without_drawing_or_writing()
    {
        using var project = new SmallProject();
        project.WriteFile("press/director-statement.md", """
            # Director's statement

            Why we made it. See [the notes](notes.md) and [the web](https://legacy-film.example).

            ![A still](../images/nowhere.png)
            """);
        project.WriteFile("casestudy/concept.md", "It began with ![a sketch](sketch.jpg) on a napkin.\n");
        var (film, timeline) = project.LoadAndPlan();

        var problems = ProjectDocuments.Check(film, timeline, project.Display);

        Assert.Equal(
            [
                "casestudy/concept.md:1:15: image 'sketch.jpg' points to a file that does not exist (looked for casestudy/sketch.jpg)",
                "press/director-statement.md:3:21: link 'notes.md' points to a file that does not exist (looked for press/notes.md)",
                "press/director-statement.md:5:1: image '../images/nowhere.png' not found (looked for images/nowhere.png)",
            ],
            problems.Select(p => p.ToString()));
        // No figure drawn into the cache, no PDF anywhere.
        Assert.False(Directory.Exists(Path.Combine(film.Project.CacheDirectory, "documents")));
        Assert.Empty(Directory.EnumerateFiles(project.Root, "*.pdf", SearchOption.AllDirectories));
    }
}
