using System.Diagnostics;
using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Templates;
using LegacyPress.Promo.Tests.Support;
using LegacyPress.TestSupport;

namespace LegacyPress.Promo.Tests.Templates;

/// <summary>A template's name is one file name, and a project's template files obey the project's path rules.</summary>
public sealed class TemplateSafetyTests
{
    private const string Layers = "platform: open-graph\nlayers:\n  - fill: \"#000\"\n";

    [Theory]
    [InlineData("../../escaped")]
    [InlineData("/tmp/poster")]
    [InlineData("..")]
    [InlineData("sub/poster")]
    public void A_template_name_that_is_a_path_is_refused_at_its_value(string name)
    {
        var (template, problems) = TemplateLoader.Parse("t", $"name: \"{name}\"\n" + Layers, "promo/templates/t.yaml");

        Assert.Null(template);
        var problem = Assert.Single(problems);
        Assert.Equal(("promo/templates/t.yaml", 1, 7), (problem.Location.File, problem.Location.Line, problem.Location.Column));
        Assert.Contains("it names the asset's files", problem.Message);
    }

    [Fact]
    public void A_plain_template_name_is_kept()
    {
        var (template, problems) = TemplateLoader.Parse("t", "name: poster-b2\n" + Layers, "t.yaml");

        Assert.Empty(problems);
        Assert.Equal("poster-b2", template!.Name);
    }

    [Fact]
    public void Project_templates_that_link_out_pipe_or_are_not_utf8_are_reported_each_in_its_file()
    {
        using var project = new TempFolder();
        using var outside = new TempFolder();
        var own = Directory.CreateDirectory(project.File("promo", "templates")).FullName;
        File.WriteAllText(outside.File("x.yaml"), Layers);
        File.CreateSymbolicLink(Path.Combine(own, "linked.yaml"), outside.File("x.yaml"));
        Process.Start(new ProcessStartInfo("mkfifo", [Path.Combine(own, "piped.yaml")]) { UseShellExecute = false })!.WaitForExit();
        File.WriteAllBytes(Path.Combine(own, "latin1.yaml"), [.. "description: caf"u8, 0xE9, .. "\n"u8, .. System.Text.Encoding.UTF8.GetBytes(Layers)]);
        var folders = new TemplateFolders(RepositoryFiles.Templates, project.Path);

        var (_, problems) = TemplateCatalog.Load(folders, p => Path.GetRelativePath(project.Path, p));

        Assert.Contains(problems, p => p.ToString() == "promo/templates/linked.yaml:1:1: template 'promo/templates/linked.yaml' is a symbolic link that leads out of the project folder");
        Assert.Contains(problems, p => p.ToString() == "promo/templates/piped.yaml:1:1: template 'promo/templates/piped.yaml' is a named pipe, not a regular file (only regular files are read)");
        Assert.Contains(problems, p => p.ToString().StartsWith("promo/templates/latin1.yaml:1:17: not valid UTF-8", StringComparison.Ordinal));
    }
}
