namespace LegacyPress.Cli.Tests;

/// <summary>The numeric options' static bounds: refused while parsing, before any project is opened.</summary>
public sealed class NumberOptionsTests
{
    private static IReadOnlyList<string> Errors(params string[] args) =>
        CliApp.Build(new CliConsole(TextWriter.Null, TextWriter.Null)).Parse(args).Errors.Select(e => e.Message).ToList();

    [Theory]
    [InlineData("still", "--at", "-1", "--at must be from 0 to 14400 s (4 hours), got -1")]
    [InlineData("still", "--at", "NaN", "--at must be from 0 to 14400 s (4 hours), got NaN")]
    [InlineData("still", "--at", "Infinity", "--at must be from 0 to 14400 s (4 hours), got infinity")]
    [InlineData("still", "--at", "1e400", "--at must be from 0 to 14400 s (4 hours), got infinity")]
    [InlineData("render", "--from", "NaN", "--from must be from 0 to 14400 s (4 hours), got NaN")]
    [InlineData("render", "--to", "-Infinity", "--to must be from 0 to 14400 s (4 hours), got -infinity")]
    [InlineData("render", "--to", "1e308", "--to must be from 0 to 14400 s (4 hours), got 1E+308")]
    [InlineData("trailer", "--length", "NaN", "--length must be from 15 to 180 s, got NaN")]
    [InlineData("release", "--trailer-length", "1e9", "--trailer-length must be from 15 to 180 s, got 1E+09")]
    [InlineData("publish", "--rate-limit", "-1", "--rate-limit must be from 0.01 to 10000 MB/s, got -1")]
    [InlineData("publish", "--rate-limit", "NaN", "--rate-limit must be from 0.01 to 10000 MB/s, got NaN")]
    public void An_absurd_number_names_the_option_and_its_range(string command, string option, string value, string expected) =>
        Assert.Equal([expected], Errors(command, ".", option, value));

    [Theory]
    [InlineData("100")]
    [InlineData("0")]
    [InlineData("2097152")]
    public void A_chunk_is_whole_256_KiB_units_and_fits_in_memory(string kib) =>
        Assert.Equal(
            [$"--chunk-kib must be a multiple of 256 from 256 to 262144 KiB (YouTube's resumable uploads take 256 KiB units; a chunk is held in memory), got {kib}"],
            Errors("publish", ".", "--chunk-kib", kib));

    [Fact]
    public void A_range_must_run_forwards()
    {
        Assert.Equal(["--to (2 s) must be after --from (5 s)"], Errors("render", ".", "--from", "5", "--to", "2"));
        Assert.Equal(["--to (3 s) must be after --from (3 s)"], Errors("render", ".", "--from", "3", "--to", "3"));
    }

    [Theory]
    [InlineData("still", ".", "--at", "0")]
    [InlineData("still", ".", "--at", "14400")]
    [InlineData("render", ".", "--from", "1.5", "--to", "2")]
    [InlineData("trailer", ".", "--length", "15")]
    [InlineData("publish", ".", "--rate-limit", "0.4", "--chunk-kib", "8192")]
    public void Numbers_in_range_parse(params string[] args) => Assert.Empty(Errors(args));
}
