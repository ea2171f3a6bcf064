using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Loading;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Tests.Loading;

/// <summary>Type errors are reported at the value, named by the mapping's subject; a bad value reads as absent.</summary>
public sealed class MappingReaderTests
{
    private readonly DiagnosticBag bag = new();

    private MappingReader Read(string yaml, string subject = "output")
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return new MappingReader(new YamlContext("film.yaml", bag), (YamlMappingNode)stream.Documents[0].RootNode, subject);
    }

    private List<string> Problems => bag.ToSortedList().Select(d => d.ToString()).ToList();

    [Fact]
    public void A_word_where_a_number_belongs_is_reported_at_the_value()
    {
        var map = Read("preset: final\nfps: fast\n");

        Assert.Null(map.Number("fps"));
        Assert.Equal(["film.yaml:2:6: output: 'fps' must be a number, got 'fast'"], Problems);
    }

    [Fact]
    public void A_quoted_number_is_text_not_a_number()
    {
        Assert.Null(Read("fps: \"30\"").Number("fps"));
        Assert.Equal(["film.yaml:1:6: output: 'fps' must be a number, got '30'"], Problems);
    }

    [Theory]
    [InlineData("fps: .nan")]
    [InlineData("fps: .inf")]
    public void Infinite_and_not_a_number_are_not_numbers(string yaml)
    {
        Assert.Null(Read(yaml).Number("fps"));
        Assert.Single(Problems);
    }

    [Fact]
    public void A_fraction_where_a_whole_number_belongs_is_reported()
    {
        Assert.Null(Read("width: 1920.5").Integer("width"));
        Assert.Equal(["film.yaml:1:8: output: 'width' must be a whole number, got '1920.5'"], Problems);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("yes")]
    [InlineData("\"true\"")]
    public void Only_plain_true_and_false_are_booleans(string value)
    {
        Assert.Null(Read($"letterbox: {value}", "look").Bool("letterbox"));
        Assert.StartsWith("film.yaml:1:12: look: 'letterbox' must be true or false, got ", Assert.Single(Problems));
    }

    [Fact]
    public void Text_cannot_be_a_mapping_or_a_list()
    {
        var map = Read("title: { main: Legacy }\ntagline: [a, b]\n", "film");

        Assert.Null(map.Text("title"));
        Assert.Null(map.Text("tagline"));
        Assert.Equal(["film.yaml:1:8: film: 'title' must be text, got a mapping", "film.yaml:2:10: film: 'tagline' must be text, got a list"], Problems);
    }

    [Fact]
    public void A_list_cannot_be_a_word()
    {
        Assert.Null(Read("acts: none", "film").Sequence("acts"));
        Assert.Equal(["film.yaml:1:7: film: 'acts' must be a list, got 'none'"], Problems);
    }

    [Fact]
    public void A_text_list_accepts_one_word_and_reports_items_that_are_not_text()
    {
        var map = Read("genre: Fantasy\ntags: [a, { b: c }, d]\n", "film");

        Assert.Equal(["Fantasy"], map.TextList("genre"));
        Assert.Equal(["a", "d"], map.TextList("tags"));
        Assert.Equal(["film.yaml:2:11: film: items of 'tags' must be text, got a mapping"], Problems);
    }

    [Fact]
    public void A_mapping_cannot_be_a_word()
    {
        Assert.Null(Read("look: cinematic", "film").Mapping("look", "look"));
        Assert.Equal(["film.yaml:1:7: look: expected a mapping of keys, got 'cinematic'"], Problems);
    }

    [Fact]
    public void Numbers_out_of_their_range_are_reported_with_the_range()
    {
        var map = Read("grain: 1.5\nfade_in: -1\nduration: 0\n", "look");

        Assert.Null(map.NumberInRange("grain", 0, 1));
        Assert.Null(map.NonNegativeNumber("fade_in"));
        Assert.Null(map.PositiveNumber("duration", "seconds"));
        Assert.Equal(
        [
            "film.yaml:1:8: look: 'grain' must be between 0 and 1, got 1.5",
            "film.yaml:2:10: look: 'fade_in' must not be negative, got -1",
            "film.yaml:3:11: look: 'duration' must be greater than zero seconds, got 0",
        ], Problems);
    }

    [Fact]
    public void An_unknown_choice_gets_a_did_you_mean_and_the_known_names()
    {
        var names = new Dictionary<string, int> { ["cover"] = 0, ["contain"] = 1 };

        Assert.Null(Read("fit: contian", "shot 'a'").Choice("fit", names, "fit"));
        Assert.Equal(["film.yaml:1:6: shot 'a': unknown fit 'contian'; did you mean 'contain'? (known: cover, contain)"], Problems);
    }

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("")]
    public void A_null_value_reads_as_absent(string value)
    {
        var map = Read($"fps: {value}");

        Assert.Null(map.Number("fps"));
        Assert.False(map.Has("fps"));
        Assert.Empty(Problems);
    }

    [Fact]
    public void Finish_reports_keys_nobody_asked_for_at_the_key_with_a_did_you_mean()
    {
        var map = Read("preset: final\nfsp: 30\nbitrate: 8M\n");
        map.Text("preset");
        map.Number("fps");

        map.Finish();

        Assert.Equal(
        [
            "film.yaml:2:1: output: unknown key 'fsp'; did you mean 'fps'?",
            "film.yaml:3:1: output: unknown key 'bitrate'",
        ], Problems);
    }

    [Fact]
    public void Missing_required_text_is_reported_at_the_mapping()
    {
        var map = Read("engine: espeak\nsettings: {}\n", "voice 'elias'");

        Assert.Equal("", map.RequiredText("voice"));
        Assert.Equal(["film.yaml:1:1: voice 'elias': missing required field 'voice'"], Problems);
    }
}
