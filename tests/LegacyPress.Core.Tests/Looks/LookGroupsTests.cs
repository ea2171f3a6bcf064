using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Looks;
using LegacyPress.Core.Model;
using LegacyPress.Core.Tests.Building;

namespace LegacyPress.Core.Tests.Looks;

/// <summary>Which shots share a look, and how each is matched, as film.yaml says it (docs/film-yaml.md, look matching).</summary>
public sealed class LookGroupsTests : IDisposable
{
    private readonly FilmYamlProject project = new();

    public void Dispose() => project.Dispose();

    private IReadOnlyList<LookGroup> Groups(string filmYaml)
    {
        var loaded = project.Load(filmYaml);
        Assert.Empty(loaded.Diagnostics.Select(d => d.ToString()));
        return LookGroups.Of(loaded.Film!);
    }

    private static string Ids(LookGroup group) => string.Join(" ", group.Members.Select(m => m.Shot.Id));

    private static LookMatch? MatchOf(IReadOnlyList<LookGroup> groups, string shot) =>
        groups.SelectMany(g => g.Members).Single(m => m.Shot.Id == shot).Match;

    [Fact]
    public void Each_act_is_its_own_group_by_default_and_matching_is_off()
    {
        var groups = Groups("""
            schema: 1
            title: Legacy
            acts:
              - title: One
                shots:
                  - { id: workshop, image: images/a.jpg }
                  - { id: letter, image: images/a.jpg }
              - title: Two
                shots:
                  - { id: portal, image: images/a.jpg }
            """);

        Assert.Equal(["act-1", "act-2"], groups.Select(g => g.Name));
        Assert.Equal("workshop letter", Ids(groups[0]));
        Assert.Equal("portal", Ids(groups[1]));
        Assert.All(groups.SelectMany(g => g.Members), m => Assert.Null(m.Match));
        Assert.All(groups, g => Assert.Null(g.Reference));
    }

    [Fact]
    public void Acts_naming_one_look_group_share_it_in_film_order()
    {
        var groups = Groups("""
            schema: 1
            title: Legacy
            acts:
              - title: One
                look_group: workshop
                shots:
                  - { id: workshop, image: images/a.jpg }
              - title: Two
                look_group: sky-world
                shots:
                  - { id: portal, image: images/a.jpg }
              - title: Three
                look_group: workshop
                shots:
                  - { id: return, image: images/a.jpg }
            """);

        Assert.Equal(["workshop", "sky-world"], groups.Select(g => g.Name));
        Assert.Equal("workshop return", Ids(groups[0]));
        Assert.Equal("portal", Ids(groups[1]));
    }

    [Fact]
    public void A_shot_look_group_beats_its_acts()
    {
        var groups = Groups("""
            schema: 1
            title: Legacy
            acts:
              - title: One
                shots:
                  - { id: workshop, image: images/a.jpg }
                  - { id: glimpse, image: images/a.jpg, look_group: sky-world }
              - title: Two
                look_group: sky-world
                shots:
                  - { id: portal, image: images/a.jpg }
                  - { id: memory, image: images/a.jpg, look_group: act-1 }
            """);

        Assert.Equal(["act-1", "sky-world"], groups.Select(g => g.Name));
        Assert.Equal("workshop memory", Ids(groups[0]));
        Assert.Equal("glimpse portal", Ids(groups[1]));
        Assert.Equal("Two", groups[0].Members[1].Act.Title);
    }

    [Fact]
    public void Film_level_match_reaches_every_shot()
    {
        var groups = Groups("""
            schema: 1
            title: Legacy
            look:
              match: { method: histogram, strength: 0.7 }
            acts:
              - title: One
                shots:
                  - { id: workshop, image: images/a.jpg }
              - title: Two
                shots:
                  - { id: portal, image: images/a.jpg }
            """);

        Assert.All(groups.SelectMany(g => g.Members), m =>
        {
            Assert.Equal(LookMatchMethod.Histogram, m.Match!.Method);
            Assert.Equal(0.7, m.Match.Strength);
            Assert.Null(m.Match.Reference);
        });
    }

    [Fact]
    public void Match_true_is_reinhard_at_full_strength_matched_to_the_medoid()
    {
        var groups = Groups("""
            schema: 1
            title: Legacy
            look:
              match: true
            acts:
              - title: One
                shots:
                  - { id: workshop, image: images/a.jpg }
            """);

        var match = MatchOf(groups, "workshop")!;
        Assert.Equal((LookMatchMethod.Reinhard, 1.0, (string?)null), (match.Method, match.Strength, match.Reference));
    }

    [Fact]
    public void Each_field_comes_from_the_innermost_level_film_then_group_then_act_then_shot()
    {
        var groups = Groups("""
            schema: 1
            title: Legacy
            look:
              match: { method: mkl, strength: 0.5 }
              groups:
                workshop:
                  match: { strength: 0.8 }
            acts:
              - title: One
                look_group: workshop
                match: { method: histogram }
                shots:
                  - { id: workshop, image: images/a.jpg, match: { strength: 0.2 } }
                  - { id: letter, image: images/a.jpg }
              - title: Two
                look_group: workshop
                shots:
                  - { id: bench, image: images/a.jpg }
              - title: Three
                shots:
                  - { id: portal, image: images/a.jpg }
            """);

        static (LookMatchMethod, double) Of(LookMatch? m) => (m!.Method, m.Strength);
        Assert.Equal((LookMatchMethod.Histogram, 0.2), Of(MatchOf(groups, "workshop")));
        Assert.Equal((LookMatchMethod.Histogram, 0.8), Of(MatchOf(groups, "letter")));
        Assert.Equal((LookMatchMethod.Mkl, 0.8), Of(MatchOf(groups, "bench")));
        Assert.Equal((LookMatchMethod.Mkl, 0.5), Of(MatchOf(groups, "portal")));
    }

    [Fact]
    public void A_shots_matching_points_at_the_innermost_match_that_set_it()
    {
        var groups = Groups("""
            schema: 1
            title: Legacy
            look:
              match: true
            acts:
              - title: One
                match: { method: mkl }
                shots:
                  - { id: workshop, image: images/a.jpg }
                  - { id: letter, image: images/a.jpg, match: { strength: 0.5 } }
            """);

        Assert.Equal(new SourceLocation("film.yaml", 7, 12), MatchOf(groups, "workshop")!.Location);
        Assert.Equal(new SourceLocation("film.yaml", 10, 51), MatchOf(groups, "letter")!.Location);
    }

    [Fact]
    public void Match_false_on_any_level_keeps_the_shot_as_it_is()
    {
        var groups = Groups("""
            schema: 1
            title: Legacy
            look:
              match: { method: mkl }
              groups:
                sky-world:
                  match: false
            acts:
              - title: One
                match: false
                shots:
                  - { id: workshop, image: images/a.jpg, match: { strength: 0.3 } }
              - title: Two
                shots:
                  - { id: letter, image: images/a.jpg, match: false }
                  - { id: bench, image: images/a.jpg }
              - title: Three
                look_group: sky-world
                shots:
                  - { id: portal, image: images/a.jpg, match: true }
            """);

        Assert.Null(MatchOf(groups, "workshop"));
        Assert.Null(MatchOf(groups, "letter"));
        Assert.Equal(LookMatchMethod.Mkl, MatchOf(groups, "bench")!.Method);
        Assert.Null(MatchOf(groups, "portal"));
        Assert.Equal(["bench"], groups.Single(g => g.Name == "act-2").Matched.Select(m => m.Shot.Id));
    }

    [Fact]
    public void A_shot_may_turn_matching_on_where_the_film_leaves_it_off()
    {
        var groups = Groups("""
            schema: 1
            title: Legacy
            acts:
              - title: One
                shots:
                  - { id: workshop, image: images/a.jpg, match: { strength: 0.4 } }
                  - { id: letter, image: images/a.jpg }
            """);

        Assert.Equal((LookMatchMethod.Reinhard, 0.4), (MatchOf(groups, "workshop")!.Method, MatchOf(groups, "workshop")!.Strength));
        Assert.Null(MatchOf(groups, "letter"));
    }

    [Fact]
    public void A_group_reference_is_every_matched_members_reference()
    {
        var groups = Groups("""
            schema: 1
            title: Legacy
            look:
              match: { method: reinhard }
              groups:
                act-2:
                  match: { reference: portal }
            acts:
              - title: One
                shots:
                  - { id: workshop, image: images/a.jpg }
              - title: Two
                shots:
                  - { id: sky, image: images/a.jpg }
                  - { id: portal, image: images/a.jpg }
            """);

        Assert.Null(groups[0].Reference);
        Assert.Equal("portal", groups[1].Reference);
        Assert.Equal(new SourceLocation("film.yaml", 7, 27), groups[1].ReferenceLocation);
        Assert.All(groups[1].Members, m => Assert.Equal("portal", m.Match!.Reference));
    }

    [Fact]
    public void A_film_level_reference_serves_a_single_group_film()
    {
        var groups = Groups("""
            schema: 1
            title: Legacy
            look:
              match: { reference: letter }
            acts:
              - title: One
                shots:
                  - { id: workshop, image: images/a.jpg }
                  - { id: letter, image: images/a.jpg }
            """);

        Assert.Equal("letter", Assert.Single(groups).Reference);
    }

    [Fact]
    public void Warn_delta_e_defaults_to_six_and_reads_as_written()
    {
        const string acts = "acts:\n  - title: One\n    shots:\n      - { id: workshop, image: images/a.jpg }\n";

        Assert.Equal(6, project.Load("schema: 1\ntitle: Legacy\n" + acts).Film!.Look.WarnDeltaE);
        Assert.Equal(2.5, project.Load("schema: 1\ntitle: Legacy\nlook:\n  warn_delta_e: 2.5\n" + acts).Film!.Look.WarnDeltaE);
    }
}
