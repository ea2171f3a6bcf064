using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Generation;
using LegacyPress.Core.Model;
using LegacyPress.Core.Tests.Building;

namespace LegacyPress.Core.Tests.Generation;

/// <summary>The composed prompt: style, place, characters, the shot's own; the seed: shot, first character's, the id's.</summary>
public sealed class PromptComposerTests
{
    private static readonly SourceLocation At = new("film.yaml", 1, 1);

    private static readonly PromptBible Bible = new(
        new BibleStyle("steampunk oil painting.", "text, watermark"),
        new Dictionary<string, BibleEntry>
        {
            ["theo"] = new("theo", "Theo, a young apprentice", ["refs/theo.png"], 1931, At),
            ["elias"] = new("elias", "an old inventor", ["refs/elias.png", "refs/theo.png"], 77, At),
            ["mara"] = new("mara", "Mara, a pilot", [], null, At),
        },
        new Dictionary<string, BibleEntry> { ["workshop"] = new("workshop", " a cluttered workshop ", ["refs/workshop.png"], null, At) });

    private static Shot ShotWith(string? prompt = null, IReadOnlyList<string>? characters = null, string? place = null, long? seed = null) =>
        FilmBuilder.Shot("portal", 4).Build(1) with { Prompt = prompt, Characters = characters ?? [], Place = place, Seed = seed };

    [Fact]
    public void Pieces_are_composed_style_place_characters_then_the_shot_trimmed_and_joined()
    {
        var composed = PromptComposer.Compose(Bible, ShotWith("the device glows, cyan light", ["elias", "theo"], "workshop"));

        Assert.Equal("steampunk oil painting, a cluttered workshop, an old inventor, Theo, a young apprentice, the device glows, cyan light", composed.Prompt);
        Assert.Equal("text, watermark", composed.NegativePrompt);
    }

    [Fact]
    public void References_are_the_characters_in_order_then_the_place_each_once() =>
        Assert.Equal(["refs/elias.png", "refs/theo.png", "refs/workshop.png"], PromptComposer.Compose(Bible, ShotWith(characters: ["elias", "theo"], place: "workshop")).References);

    [Fact]
    public void The_shot_seed_wins_then_the_first_character_with_one_then_the_id()
    {
        Assert.Equal(5, PromptComposer.Compose(Bible, ShotWith(characters: ["theo"], seed: 5)).Seed);
        Assert.Equal(77, PromptComposer.Compose(Bible, ShotWith(characters: ["mara", "elias", "theo"])).Seed);
        Assert.Equal(PromptComposer.SeedOf("portal"), PromptComposer.Compose(Bible, ShotWith("a door")).Seed);
    }

    [Fact]
    public void The_seed_from_an_id_is_stable_and_leaves_room_for_candidates()
    {
        // Pinned: a changed hash would change every cached still's key and every seed shown in the case study.
        Assert.Equal(PromptComposer.SeedOf("workshop"), PromptComposer.SeedOf("workshop"));
        Assert.NotEqual(PromptComposer.SeedOf("workshop"), PromptComposer.SeedOf("workshop-2"));
        Assert.InRange(PromptComposer.SeedOf("workshop"), 0, int.MaxValue);
        Assert.Equal(0xE40C292Cu & 0x7FFF_FFFF, PromptComposer.SeedOf("a"));
    }

    [Fact]
    public void A_piece_said_twice_is_said_once_and_empty_pieces_vanish()
    {
        var bible = Bible with { Style = new BibleStyle("  ", null) };

        var composed = PromptComposer.Compose(bible, ShotWith("an old inventor", ["elias"]));

        Assert.Equal("an old inventor", composed.Prompt);
        Assert.Equal("", composed.NegativePrompt);
    }
}
