using LegacyPress.Core.Diagnostics;
using LegacyPress.Promo.Tests.Support;
using LegacyPress.Promo.Text;
using LegacyPress.TestSupport;

namespace LegacyPress.Promo.Tests.Text;

/// <summary>Liquid templates have no file system: an include never reads a file.</summary>
public sealed class LiquidIncludeTests
{
    [Theory]
    [InlineData("{{% include '{0}' %}}")]
    [InlineData("{{% render '{0}' %}}")]
    public void An_include_of_a_file_outside_the_project_never_reads_it(string tag)
    {
        using var outside = new TempFolder();
        var secret = outside.File("secret.liquid");
        File.WriteAllText(secret, "SECRET");
        var source = string.Format(System.Globalization.CultureInfo.InvariantCulture, tag, secret);

        var result = new LiquidTemplates().Render(source, new SourceLocation("promo/text/description.liquid", 1, 1), new Dictionary<string, object?>());

        Assert.Null(result.Text);
        Assert.Equal(new SourceLocation("promo/text/description.liquid", 1, 4), result.Problem!.Location);
        Assert.Contains("templates cannot include other files", result.Problem.Message);
    }
}
