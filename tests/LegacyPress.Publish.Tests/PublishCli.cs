using System.Diagnostics;
using LegacyPress.Publish.Ledger;
using LegacyPress.Publish.Tests.Fakes;
using LegacyPress.Publish.YouTube;
using LegacyPress.TestSupport;

namespace LegacyPress.Publish.Tests;

/// <summary>The real <c>legacypress publish</c> process pointed at the fake YouTube, and a way to catch it mid-upload.</summary>
public sealed class PublishCli(FakeYouTubeServer server, TestProject project)
{
    public Process Start(params string[] extra)
    {
        var environment = new Dictionary<string, string>
        {
            [YouTubeEndpoints.ApiBaseVariable] = server.BaseUrl.ToString(),
            [YouTubeEndpoints.AuthEndpointVariable] = server.AuthEndpoint.ToString(),
            [YouTubeEndpoints.TokenEndpointVariable] = server.TokenEndpoint.ToString(),
            [Auth.ConfigFolder.Variable] = project.ConfigHome,
        };
        return CliProcess.Start(["publish", project.Root, "--artifacts", project.Artifacts, "--quiet", "--chunk-kib", "256", .. extra], environment: environment);
    }

    /// <summary>Exit code, stdout and stderr of a finished run.</summary>
    public static async Task<(int Exit, string Output, string Errors)> FinishAsync(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }

    public async Task<long> WaitForConfirmedBytesAsync(Process process, long atLeast, TimeSpan timeout)
    {
        var ledger = new PublishLedgerFile(project.Root);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                Assert.Fail($"publish ended (exit {process.ExitCode}) before it was caught mid-upload: {await process.StandardError.ReadToEndAsync()}");
            }
            if (File.Exists(ledger.Path) && ledger.Load().For("youtube")?.Upload?.ConfirmedBytes is { } confirmed && confirmed >= atLeast)
            {
                return confirmed;
            }
            await Task.Delay(20);
        }
        throw new TimeoutException($"no {atLeast} bytes confirmed in the ledger within {timeout}");
    }
}
