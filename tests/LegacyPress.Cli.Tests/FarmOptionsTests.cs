namespace LegacyPress.Cli.Tests;

/// <summary>The farm's options: refused while parsing, before any project is opened or database reached.</summary>
public sealed class FarmOptionsTests
{
    private static IReadOnlyList<string> Errors(params string[] args) =>
        CliApp.Build(new CliConsole(TextWriter.Null, TextWriter.Null)).Parse(args).Errors.Select(e => e.Message).ToList();

    [Fact]
    public void A_range_is_rendered_here_not_on_the_farm() =>
        Assert.Equal(["--farm renders the whole film in pieces; a range (--from, --to) renders here without it"],
            Errors("render", ".", "--from", "1", "--farm", "Host=db1;Database=farm"));

    [Theory]
    [InlineData("--workers", "0", "--workers must be 1 to 64")]
    [InlineData("--workers", "65", "--workers must be 1 to 64")]
    [InlineData("--invisibility-timeout", "1", "--invisibility-timeout must be 2 to 86400 seconds")]
    public void Absurd_worker_settings_are_refused(string option, string value, string expected) =>
        Assert.Equal([expected], Errors("farm", "worker", "--connection", "Host=db1", option, value));

    [Fact]
    public void Farm_with_no_value_is_accepted_and_reads_the_environment_later() =>
        Assert.Empty(Errors("release", ".", "--farm"));

    [Fact]
    public async Task No_connection_string_anywhere_is_one_clear_error()
    {
        var stderr = new StringWriter();
        var saved = Environment.GetEnvironmentVariable("LEGACYPRESS_FARM");
        Environment.SetEnvironmentVariable("LEGACYPRESS_FARM", null);
        try
        {
            var exit = await CliApp.RunAsync(["farm", "status"], new StringWriter(), stderr, CancellationToken.None);

            Assert.Equal(ExitCodes.Failed, exit);
            Assert.Contains("no farm database: give a connection string", stderr.ToString());
            Assert.Contains("LEGACYPRESS_FARM", stderr.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("LEGACYPRESS_FARM", saved);
        }
    }

    [Fact]
    public async Task A_connection_string_that_does_not_parse_never_echoes_its_password()
    {
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["farm", "status", "--connection", "Host=db1;Pasword=hunter2-secret"], new StringWriter(), stderr, CancellationToken.None);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("the farm connection is not a PostgreSQL connection string", stderr.ToString());
        Assert.DoesNotContain("hunter2", stderr.ToString());
    }
}
