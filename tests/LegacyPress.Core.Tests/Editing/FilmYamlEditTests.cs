using LegacyPress.Core.Editing;

namespace LegacyPress.Core.Tests.Editing;

/// <summary>`generate --pick` writes a shot's image into film.yaml and nothing else: comments, layout and quoting stay.</summary>
public sealed class FilmYamlEditTests
{
    private const string Film = """
        # The steampunk short.
        schema: 1
        title: Legacy
        acts:
          - title: The Workshop   # act one
            shots:
              - id: workshop
                image: images/old.png   # the first still
                duration: 6
              - id: portrait
                prompt: "Theo at the bench"   # no image yet

                duration: 4
              - { id: letter, prompt: "a sealed letter", duration: 3 }
        """;

    [Fact]
    public void An_image_written_on_the_shot_is_replaced_where_it_stands_and_its_comment_kept()
    {
        var edited = FilmYamlEdit.SetShotImage(Film, "workshop", "images/workshop.png");

        Assert.Equal(Film.Replace("image: images/old.png   # the first still", "image: images/workshop.png   # the first still"), edited);
    }

    [Fact]
    public void A_shot_with_no_image_gets_a_line_under_its_id_at_the_ids_indentation()
    {
        var edited = FilmYamlEdit.SetShotImage(Film, "portrait", "images/portrait.png");

        Assert.Equal(Film.Replace("      - id: portrait\n", "      - id: portrait\n        image: images/portrait.png\n"), edited);
    }

    [Fact]
    public void A_flow_mapping_shot_gets_the_image_after_its_id()
    {
        var edited = FilmYamlEdit.SetShotImage(Film, "letter", "images/letter.png");

        Assert.Equal(Film.Replace("{ id: letter, prompt:", "{ id: letter, image: images/letter.png, prompt:"), edited);
    }

    [Fact]
    public void Windows_line_endings_stay_and_a_path_that_needs_quotes_is_quoted()
    {
        var crlf = Film.Replace("\n", "\r\n");

        var edited = FilmYamlEdit.SetShotImage(crlf, "portrait", "images/my still #2.png");

        Assert.Equal(crlf.Replace("      - id: portrait\r\n", "      - id: portrait\r\n        image: \"images/my still #2.png\"\r\n"), edited);
    }

    [Fact]
    public void An_unknown_shot_is_a_clear_error()
    {
        var e = Assert.Throws<FilmEditException>(() => FilmYamlEdit.SetShotImage(Film, "nowhere", "images/x.png"));

        Assert.Equal("film.yaml has no shot 'nowhere'", e.Message);
    }
}
