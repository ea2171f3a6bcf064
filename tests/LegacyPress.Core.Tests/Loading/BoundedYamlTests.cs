using LegacyPress.Core.Loading;
using LegacyPress.Core.Tests.Building;

namespace LegacyPress.Core.Tests.Loading;

public sealed class BoundedYamlTests
{
    [Fact]
    public void An_alias_bomb_in_a_free_section_is_reported_at_the_alias_that_crosses_the_limit()
    {
        var yaml = "schema: 1\ntitle: Bomb\nacts: []\nextra:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + string.Concat(Enumerable.Range(1, 8).Select(i => $"  {(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i - 1), 10))}]\n"));

        var problem = Assert.Single(Load(yaml));

        Assert.Contains("aliases", problem);
        Assert.StartsWith("film.yaml:", problem);
        Assert.DoesNotContain("film.yaml:1:", problem);
    }

    [Fact]
    public void Hundred_thousand_nested_brackets_are_reported_not_a_stack_overflow()
    {
        var yaml = "schema: 1\ntitle: Deep\nextra: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var problem = Assert.Single(Load(yaml));

        Assert.Contains($"nested more than {BoundedYaml.MaxDepth} levels", problem);
        Assert.StartsWith("film.yaml:3:", problem);
    }

    [Fact]
    public void Deep_block_mappings_are_reported_at_the_level_past_the_limit()
    {
        var yaml = "schema: 1\ntitle: Deep\nextra:\n" + string.Concat(Enumerable.Range(0, 80).Select(i => new string(' ', 2 * (i + 1)) + $"k{i}:\n")) + new string(' ', 164) + "v\n";

        var problem = Assert.Single(Load(yaml));

        Assert.Contains("levels deep", problem);
    }

    [Fact]
    public void Ordinary_anchors_and_aliases_still_load()
    {
        var root = BoundedYaml.LoadRoot("a: &x {b: 1}\nc: *x\n");

        Assert.NotNull(root);
    }

    private static List<string> Load(string yaml)
    {
        var folder = Directory.CreateTempSubdirectory("legacypress-yaml-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "film.yaml"), yaml);
            return new FilmLoader(new FakeMedia()).Load(folder, "film.yaml").Diagnostics.Select(d => d.ToString()).ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
