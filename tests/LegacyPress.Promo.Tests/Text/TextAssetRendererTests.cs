using LegacyPress.Core.Diagnostics;
using LegacyPress.Promo.Text;

namespace LegacyPress.Promo.Tests.Text;

public sealed class TextAssetRendererTests
{
    private static readonly TextAssetRenderer Renderer = new(new LiquidTemplates());
    private static readonly TextAssetSpec Description = TextAssetSpecs.Find(TextAssetSpecs.YouTubeDescription)!;

    private static TextAssetResult Render(TextAssetSpec spec, string templateText, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var (template, problem) = TextTemplateFile.Parse(spec.Name, $"templates/text/{spec.Name}.liquid", templateText);
        Assert.Null(problem);
        return Renderer.Render(spec, template!, variables ?? new Dictionary<string, object?> { ["title"] = "Legacy", ["tagline"] = null, ["body"] = "" });
    }

    [Fact]
    public void A_multibyte_description_just_under_5000_bytes_passes()
    {
        // "é" is two bytes in UTF-8: 2499 of them and two ASCII letters make 5000 bytes in 2501 characters.
        var body = "ab" + new string('é', 2499);

        var result = Render(Description, "{{ body }}", new Dictionary<string, object?> { ["body"] = body });

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal(5000, TextCounters.Utf8Bytes(result.Text!));
    }

    [Fact]
    public void A_description_one_byte_over_fails_naming_the_template_and_the_limit()
    {
        var body = "abc" + new string('é', 2499);

        var result = Render(Description, "{{ body }}", new Dictionary<string, object?> { ["body"] = body });

        var problem = Assert.Single(result.Problems);
        Assert.Equal("templates/text/youtube-description.liquid", problem.Location.File);
        Assert.Contains("youtube-description", problem.Message);
        Assert.Contains("5001 UTF-8 bytes, over the limit of 5000", problem.Message);
    }

    [Fact]
    public void A_template_that_says_truncate_is_cut_at_a_word_under_the_byte_limit()
    {
        var body = string.Join(' ', Enumerable.Repeat("fenêtre", 800));

        var result = Render(Description, "---\noverflow: truncate\n---\n{{ body }}", new Dictionary<string, object?> { ["body"] = body });

        Assert.True(result.Ok);
        Assert.True(result.Truncated);
        Assert.InRange(TextCounters.Utf8Bytes(result.Text!), 4980, 5000);
        Assert.EndsWith("fenêtre…", result.Text);
    }

    [Fact]
    public void Angle_brackets_are_refused_in_YouTube_titles()
    {
        var result = Render(TextAssetSpecs.Find(TextAssetSpecs.YouTubeTitle)!, "{{ title }} <3");

        Assert.Contains(result.Problems, p => p.Message.Contains("'<'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_variable_is_an_error_at_its_line_with_a_suggestion()
    {
        var result = Render(TextAssetSpecs.Find(TextAssetSpecs.XPost)!, "---\noverflow: fail\n---\n{{ title }}\n{{ tagine }}");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(new SourceLocation("templates/text/x-post.liquid", 5, 4), problem.Location);
        Assert.Contains("unknown variable 'tagine'; did you mean 'tagline'?", problem.Message);
    }

    [Fact]
    public void A_nil_variable_is_known_and_renders_empty()
    {
        var result = Render(TextAssetSpecs.Find(TextAssetSpecs.XPost)!, "{{ title }}{% if tagline %}!{% endif %}{{ tagline }}");

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal("Legacy", result.Text);
    }

    [Fact]
    public void A_Liquid_syntax_error_names_the_file()
    {
        var result = Render(TextAssetSpecs.Find(TextAssetSpecs.XPost)!, "{{ title ");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("templates/text/x-post.liquid", problem.Location.File);
        Assert.StartsWith("Liquid syntax error", problem.Message);
    }

    [Fact]
    public void Too_many_hashtags_fail_the_Instagram_caption()
    {
        var tags = string.Join(' ', Enumerable.Range(1, 31).Select(i => $"#tag{i}"));

        var result = Render(TextAssetSpecs.Find(TextAssetSpecs.InstagramCaption)!, tags);

        Assert.Contains(result.Problems, p => p.Message.Contains("31 hashtags, over the limit of 30", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_front_matter_is_reported_at_its_line()
    {
        var (_, problem) = TextTemplateFile.Parse("x-post", "x.liquid", "---\noverflw: truncate\n---\n");

        Assert.Equal(2, problem!.Location.Line);
        Assert.Contains("overflw", problem.Message);
    }
}
