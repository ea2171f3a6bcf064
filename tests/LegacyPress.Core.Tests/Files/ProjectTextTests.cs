using LegacyPress.Core.Files;

namespace LegacyPress.Core.Tests.Files;

/// <summary>Project text is strict UTF-8: the first bad byte is located by line and column, never replaced.</summary>
public sealed class ProjectTextTests
{
    [Fact]
    public void Valid_utf8_reads_as_is_without_its_byte_order_mark()
    {
        var result = ProjectText.Decode([0xEF, 0xBB, 0xBF, .. "caf\u00e9\n"u8]);

        Assert.Null(result.Problem);
        Assert.Equal("caf\u00e9\n", result.Text);
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0xFF }, 1, 2)]
    [InlineData(new byte[] { 0x61, 0x0A, 0x62, 0x62, 0xC3 }, 2, 3)] // truncated two-byte sequence at the end
    [InlineData(new byte[] { 0xC3, 0xA9, 0xC3, 0xA9, 0xED, 0xA0, 0x80 }, 1, 3)] // é é then an encoded surrogate
    [InlineData(new byte[] { 0x0A, 0x0A, 0xC0, 0xAF }, 3, 1)] // overlong '/'
    public void The_first_invalid_byte_is_located_in_characters(byte[] bytes, int line, int column)
    {
        var result = ProjectText.Decode(bytes);

        Assert.Null(result.Text);
        Assert.Equal((line, column), (result.Problem!.Line, result.Problem.Column));
        Assert.StartsWith("not valid UTF-8", result.Problem.Message);
    }
}
