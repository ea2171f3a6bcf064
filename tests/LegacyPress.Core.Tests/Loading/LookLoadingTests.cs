using LegacyPress.Core.Tests.Building;

namespace LegacyPress.Core.Tests.Loading;

/// <summary>Bad look matching input is reported where it is written, with the field (docs/film-yaml.md, look matching).</summary>
public sealed class LookLoadingTests : IDisposable
{
    private readonly FilmYamlProject project = new();

    public void Dispose() => project.Dispose();

    /// <summary>A film of two acts (workshop, letter | portal) whose look section is <paramref name="look"/>, from line 3.</summary>
    private List<string> ProblemsWithLook(string look) => project.Problems($$"""
        schema: 1
        title: Legacy
        {{look}}
        acts:
          - title: One
            shots:
              - { id: workshop, image: images/a.jpg }
              - { id: letter, image: images/a.jpg }
          - title: Two
            shots:
              - { id: portal, image: images/a.jpg }
        """);

    [Fact]
    public void An_unknown_method_lists_the_known_ones()
    {
        var problem = Assert.Single(ProblemsWithLook("look:\n  match:\n    method: reinhart"));

        Assert.Equal("film.yaml:5:13: look.match: unknown match method 'reinhart'; did you mean 'reinhard'? (known: reinhard, mkl, histogram)", problem);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    public void A_strength_outside_zero_to_one_is_refused_at_the_value(string strength)
    {
        var problem = Assert.Single(ProblemsWithLook($"look:\n  match:\n    strength: {strength}"));

        Assert.Equal($"film.yaml:5:15: look.match: 'strength' must be between 0 and 1, got {strength}", problem);
    }

    [Fact]
    public void A_reference_naming_no_shot_suggests_the_nearest()
    {
        var problem = Assert.Single(ProblemsWithLook("look:\n  match:\n    reference: wrkshop\n  groups:\n    act-2:\n      match: false"));

        Assert.Equal("film.yaml:5:16: look.match: reference 'wrkshop' names no shot; did you mean 'workshop'?", problem);
    }

    [Fact]
    public void A_film_reference_is_refused_for_another_group_that_would_be_matched_to_it()
    {
        var problem = Assert.Single(ProblemsWithLook("look:\n  match:\n    reference: workshop"));

        Assert.StartsWith("film.yaml:5:16: look.match: reference 'workshop' is in look group 'act-1', but the shots of look group 'act-2' would be matched to it too", problem);
        Assert.Contains("look.groups.act-2.match", problem);
    }

    [Fact]
    public void A_film_reference_is_fine_when_the_other_groups_are_not_matched()
    {
        Assert.Empty(ProblemsWithLook("look:\n  match:\n    reference: workshop\n  groups:\n    act-2:\n      match: false"));
    }

    [Fact]
    public void A_group_reference_must_be_one_of_its_own_shots()
    {
        var problem = Assert.Single(ProblemsWithLook("look:\n  match: true\n  groups:\n    act-2:\n      match: { reference: letter }"));

        Assert.Equal("film.yaml:7:27: look.groups.act-2.match: reference 'letter' is in look group 'act-1', not in 'act-2'; a group is matched to one of its own shots", problem);
    }

    [Fact]
    public void Groups_naming_no_group_of_the_film_are_reported_at_the_name()
    {
        var problem = Assert.Single(ProblemsWithLook("look:\n  groups:\n    act-3:\n      match: false"));

        Assert.Equal("film.yaml:5:5: look.groups: no shot is in look group 'act-3'; did you mean 'act-1'? (the film's groups: act-1, act-2)", problem);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("100.5")]
    public void Warn_delta_e_must_be_above_zero_and_at_most_a_hundred(string value)
    {
        var problem = Assert.Single(ProblemsWithLook($"look:\n  warn_delta_e: {value}"));

        Assert.Equal($"film.yaml:4:17: look: 'warn_delta_e' must be greater than 0 and at most 100 (a CIEDE2000 colour difference), got {value}", problem);
    }

    [Fact]
    public void Unknown_keys_of_match_get_a_did_you_mean()
    {
        var problem = Assert.Single(ProblemsWithLook("look:\n  match:\n    strenght: 0.5"));

        Assert.Equal("film.yaml:5:5: look.match: unknown key 'strenght'; did you mean 'strength'?", problem);
    }

    [Fact]
    public void Unknown_keys_of_a_group_get_a_did_you_mean()
    {
        var problem = Assert.Single(ProblemsWithLook("look:\n  groups:\n    act-1:\n      mach: false"));

        Assert.Equal("film.yaml:6:7: look.groups.act-1: unknown key 'mach'; did you mean 'match'?", problem);
    }

    [Fact]
    public void Match_must_be_true_false_or_a_mapping()
    {
        var problem = Assert.Single(ProblemsWithLook("look:\n  match: maybe"));

        Assert.Equal("film.yaml:4:10: look: 'match' must be true, false or a mapping of method, strength and reference, got 'maybe'", problem);
    }

    [Fact]
    public void A_look_group_must_be_an_id()
    {
        var problems = project.Problems("""
            schema: 1
            title: Legacy
            acts:
              - title: One
                look_group: Sky World
                shots:
                  - id: workshop
                    image: images/a.jpg
                    look_group: sky_world
            look:
              groups:
                Sky: { match: false }
            """);

        Assert.Equal(
            [
                "film.yaml:5:17: act 'One': look group 'Sky World' must be lowercase letters, digits and dashes, starting with a letter or digit (like 'workshop' or 'sky-world')",
                "film.yaml:9:21: shot 'workshop': look group 'sky_world' must be lowercase letters, digits and dashes, starting with a letter or digit (like 'workshop' or 'sky-world')",
                "film.yaml:12:5: look.groups: look group 'Sky' must be lowercase letters, digits and dashes, starting with a letter or digit (like 'workshop' or 'sky-world')",
            ],
            problems);
    }

    [Fact]
    public void Acts_and_shots_may_not_name_a_reference()
    {
        var problems = project.Problems("""
            schema: 1
            title: Legacy
            acts:
              - title: One
                match: { reference: workshop }
                shots:
                  - id: workshop
                    image: images/a.jpg
                    match: { method: mkl, reference: workshop }
            """);

        Assert.Equal(
            [
                "film.yaml:5:25: act 'One' match: 'reference' is the reference of a whole look group, so it is set under look.match or look.groups.<group>.match, not on an act or a shot",
                "film.yaml:9:42: shot 'workshop' match: 'reference' is the reference of a whole look group, so it is set under look.match or look.groups.<group>.match, not on an act or a shot",
            ],
            problems);
    }

    [Fact]
    public void Act_and_shot_match_errors_name_their_owner()
    {
        var problems = project.Problems("""
            schema: 1
            title: Legacy
            acts:
              - title: One
                match: { method: lab }
                shots:
                  - id: workshop
                    image: images/a.jpg
                    match: { strength: 2 }
            """);

        Assert.Equal(
            [
                "film.yaml:5:22: act 'One' match: unknown match method 'lab' (known: reinhard, mkl, histogram)",
                "film.yaml:9:28: shot 'workshop' match: 'strength' must be between 0 and 1, got 2",
            ],
            problems);
    }
}
