using System.Text.RegularExpressions;
using LegacyPress.Core.Scaffolding;

namespace LegacyPress.Core.Tests.Scaffolding;

public sealed class ShotIdsTests
{
    [Theory]
    [InlineData("IMG_0012.JPG", "img-0012")]
    [InlineData("The Workshop (final).png", "the-workshop-final")]
    [InlineData("Café au lait.webp", "cafe-au-lait")]
    [InlineData("--42--.jpg", "42")]
    [InlineData("!!.png", ShotIds.Fallback)]
    [InlineData("東京.jpg", ShotIds.Fallback)]
    public void A_file_name_becomes_an_id_film_yaml_accepts(string fileName, string expected)
    {
        var id = ShotIds.FromFileName(fileName);

        Assert.Equal(expected, id);
        Assert.Matches(new Regex("^[a-z0-9][a-z0-9-]*$"), id);
    }

    [Fact]
    public void Names_that_give_the_same_id_are_numbered_in_order()
    {
        Assert.Equal(["dawn", "dawn-2", "dusk", "dawn-3", "shot", "shot-2"], ShotIds.ForFiles(["dawn.jpg", "Dawn.png", "dusk.jpg", "DAWN.webp", "?.jpg", "!.jpg"]));
    }

    [Fact]
    public void A_numbered_repeat_never_takes_an_id_a_later_file_named_itself()
    {
        var ids = ShotIds.ForFiles(["a-2.jpg", "a.jpg", "a.png"]);

        Assert.Equal(["a-2", "a", "a-3"], ids);
    }
}
