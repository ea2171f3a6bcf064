using LegacyPress.Core.Scaffolding;

namespace LegacyPress.Core.Tests.Scaffolding;

public sealed class NaturalFileOrderTests
{
    private static string[] Sorted(params string[] names) => names.Order(NaturalFileOrder.Instance).ToArray();

    [Fact]
    public void Numbers_in_names_are_compared_as_numbers()
    {
        Assert.Equal(["shot1.jpg", "shot2.jpg", "shot10.jpg", "shot100.jpg"], Sorted("shot10.jpg", "shot2.jpg", "shot100.jpg", "shot1.jpg"));
    }

    [Fact]
    public void Letters_are_compared_without_regard_to_case()
    {
        Assert.Equal(["apple.png", "Banana.png", "cherry.png"], Sorted("cherry.png", "Banana.png", "apple.png"));
    }

    [Fact]
    public void Leading_zeros_do_not_change_a_number_and_longer_numbers_than_a_long_holds_still_sort()
    {
        Assert.Equal(["img-007.jpg", "img-8.jpg", "img-99999999999999999999999.jpg"], Sorted("img-99999999999999999999999.jpg", "img-8.jpg", "img-007.jpg"));
    }

    [Fact]
    public void Names_that_tie_are_ordered_by_their_exact_characters_whatever_order_they_came_in()
    {
        Assert.Equal(Sorted("A.jpg", "a.jpg", "01.jpg", "1.jpg"), Sorted("1.jpg", "a.jpg", "01.jpg", "A.jpg"));
        Assert.Equal(4, Sorted("1.jpg", "a.jpg", "01.jpg", "A.jpg").Distinct().Count());
    }

    [Fact]
    public void A_prefix_comes_before_the_longer_name()
    {
        Assert.Equal(["scene", "scene2", "scene-b"], Sorted("scene-b", "scene2", "scene"));
    }
}
