using System.Diagnostics;
using System.Text.RegularExpressions;
using LegacyPress.TestSupport;

namespace LegacyPress.Cli.Tests.Support;

/// <summary>
/// The CLI packed with <c>dotnet pack</c> into a scratch folder and installed from there with <c>dotnet tool install
/// --tool-path</c>, once for a test class: what a user gets, run as a user runs it. Nothing comes from the network:
/// the install reads a nuget.config that clears every other source, and a NuGet cache of its own, so a LegacyPress
/// of the same version cached by an earlier install cannot stand in for this build.
/// </summary>
public sealed partial class InstalledTool : IAsyncLifetime
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(15);

    private readonly TempFolder folder = new();

    public string Packages => Path.Combine(folder.Path, "packages");

    /// <summary>The version packed, read from the pointer package's name.</summary>
    public string Version { get; private set; } = "";

    /// <summary>The installed <c>legacypress</c> command.</summary>
    public string Command => Path.Combine(folder.Path, "tools", "legacypress");

    /// <summary>A folder outside the repository to run the tool in.</summary>
    public string WorkFolder => Path.Combine(folder.Path, "work");

    public async Task InitializeAsync()
    {
        var repository = RepositoryFiles.Root;
        // The same configuration (and CI switch, as build.cake sets it) as the build the tests run from, so packing
        // finds the shared projects up to date and rewrites nothing another test may be running.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var continuousIntegration = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        await Dotnet(repository, isolatedCache: false, "pack", Path.Combine(repository, "src", "LegacyPress.Cli"), "-c", configuration, "--no-restore", "-o", Packages,
            $"-p:ContinuousIntegrationBuild={continuousIntegration.ToString().ToLowerInvariant()}");

        Version = Directory.GetFiles(Packages, "LegacyPress.*.nupkg").Select(Path.GetFileName).Select(name => PointerPackage().Match(name!)).Single(m => m.Success).Groups["version"].Value;

        var config = Path.Combine(folder.Path, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{Packages}" />
              </packageSources>
            </configuration>
            """);
        await Dotnet(folder.Path, isolatedCache: true, "tool", "install", "--tool-path", Path.Combine(folder.Path, "tools"), "--configfile", config, "--add-source", Packages, "LegacyPress", "--version", Version);
        Directory.CreateDirectory(WorkFolder);
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Runs the installed tool in <see cref="WorkFolder"/>.</summary>
    public Task<CliOutcome> RunAsync(params string[] arguments) => Run(Command, WorkFolder, TimeSpan.FromMinutes(5), isolatedCache: false, arguments);

    /// <param name="isolatedCache">
    /// A NuGet package cache of this fixture's own (for the install); packing keeps the shared one its restore recorded.
    /// </param>
    private async Task Dotnet(string workingDirectory, bool isolatedCache, params string[] arguments)
    {
        var outcome = await Run("dotnet", workingDirectory, PackTimeout, isolatedCache, arguments);
        if (outcome.Exit != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed ({outcome.Exit}):\n{outcome.Out}\n{outcome.Error}");
        }
    }

    private async Task<CliOutcome> Run(string program, string workingDirectory, TimeSpan killAfter, bool isolatedCache, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        if (isolatedCache)
        {
            start.Environment["NUGET_PACKAGES"] = Path.Combine(folder.Path, "nuget-cache");
        }
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(killAfter);
        var killed = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            killed = true;
        }
        return new CliOutcome(killed ? -1 : process.ExitCode, await stdout, await stderr, clock.Elapsed, 0, killed);
    }

    /// <summary>LegacyPress.0.1.0.nupkg, not the RID packages beside it (LegacyPress.linux-x64.0.1.0.nupkg).</summary>
    [GeneratedRegex(@"^LegacyPress\.(?<version>[0-9]+\.[0-9]+\.[0-9]+(?:-[0-9A-Za-z.-]+)?)\.nupkg$")]
    private static partial Regex PointerPackage();
}
