using LegacyPress.Core.Editing;
using LegacyPress.Core.Loading;

namespace LegacyPress.Core.Tests.Editing;

/// <summary>`generate --sounds --pick` writes a generated effect's take into film.yaml and nothing else.</summary>
public sealed class SoundTakeEditTests
{
    private const string Film = """
        schema: 1
        title: Legacy
        acts:
          - title: The Workshop
            shots:
              - id: workshop
                image: images/workshop.png
                duration: 6
                sfx:
                  - { at: 0.5, effect: clock-tick, duration: 4 }   # the clock
                  - { at: 2, effect: { generate: "heavy brass gears grinding, slow", duration: 3 } }
                  - at: 4
                    effect:
                      generate: steam escaping a valve   # hiss
                      duration: 2
                      take: 3
              - id: letter
                image: images/letter.png
                duration: 4
                sfx:
                  - at: 1
                    effect:
                      generate: >
                        paper unfolding,
                        close
                      duration: 1
        """;

    [Fact]
    public void A_flow_effect_gets_its_take_after_the_description()
    {
        var edited = FilmYamlEdit.SetSoundTake(Film, "workshop", 2, 4);

        Assert.Equal(Film.Replace("slow\", duration: 3 }", "slow\", take: 4, duration: 3 }"), edited);
    }

    [Fact]
    public void A_take_already_written_is_replaced_where_it_stands()
    {
        var edited = FilmYamlEdit.SetSoundTake(Film, "workshop", 3, 1);

        Assert.Equal(Film.Replace("take: 3", "take: 1"), edited);
    }

    [Fact]
    public void A_block_effect_gets_a_line_under_its_description_even_a_folded_one()
    {
        var edited = FilmYamlEdit.SetSoundTake(Film, "letter", 1, 2);

        // At generate's column, after the folded text (which ends at the start of the next line).
        Assert.Equal(Film.Replace(" close\n", " close\n              take: 2\n"), edited);
    }

    [Fact]
    public void The_edited_film_reads_with_the_picked_take()
    {
        var project = Directory.CreateTempSubdirectory("legacypress-take-edit-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(project, "images"));
            File.WriteAllText(Path.Combine(project, "images", "workshop.png"), "FakeMedia decodes anything");
            File.WriteAllText(Path.Combine(project, "images", "letter.png"), "FakeMedia decodes anything");
            var edited = FilmYamlEdit.SetSoundTake(FilmYamlEdit.SetSoundTake(Film, "workshop", 2, 4), "letter", 1, 2);
            File.WriteAllText(Path.Combine(project, FilmLoader.FileName), edited);

            var loaded = new FilmLoader(new Building.FakeMedia(3)).Load(project, FilmLoader.FileName);

            Assert.True(loaded.Ok, string.Join('\n', loaded.Diagnostics));
            var takes = loaded.Film!.Shots.SelectMany(s => s.Sounds).Select(c => c.Generated?.Take).ToList();
            Assert.Equal([null, 4, 3, 2], takes);
            Assert.Equal("paper unfolding, close", loaded.Film.Shots.Last().Sounds[0].Generated!.Text);
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    [Theory]
    [InlineData("nowhere", 1, "film.yaml has no shot 'nowhere'")]
    [InlineData("workshop", 4, "shot 'workshop' has 3 sfx, so no sfx 4")]
    [InlineData("workshop", 1, "shot 'workshop' sfx 1 is not a generated effect (effect: { generate: ... })")]
    public void A_cue_that_is_not_a_generated_effect_is_a_clear_error(string shot, int sfx, string expected)
    {
        var e = Assert.Throws<FilmEditException>(() => FilmYamlEdit.SetSoundTake(Film, shot, sfx, 2));

        Assert.Equal(expected, e.Message);
    }
}
