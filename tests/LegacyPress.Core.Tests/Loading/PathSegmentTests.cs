using LegacyPress.Core.Loading;

namespace LegacyPress.Core.Tests.Loading;

/// <summary>A value that names a file or folder is one safe name, never a path.</summary>
public sealed class PathSegmentTests
{
    [Theory]
    [InlineData("1.0.0")]
    [InlineData("poster-a3")]
    [InlineData("2026_final+director.cut")]
    public void One_plain_name_is_safe(string value) => Assert.True(PathSegment.IsSafe(value));

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("/etc")]
    [InlineData("C:x")]
    [InlineData(".git")]
    [InlineData("-rf")]
    [InlineData("a..b")]
    [InlineData("a b")]
    [InlineData("caf\u00e9")]
    [InlineData("x\0y")]
    public void Anything_that_could_be_a_path_is_not(string value) => Assert.False(PathSegment.IsSafe(value));

    [Fact]
    public void A_very_long_name_is_not() => Assert.False(PathSegment.IsSafe(new string('a', PathSegment.MaxLength + 1)));
}
