// The LegacyPress release pipeline. Run through ./build.sh, which installs what this needs.
//   ./build.sh                               Release: the whole release of samples/legacy into artifacts/<version>/
//   ./build.sh --target=Test                 build and run every test
//   ./build.sh --project=myfilm --out=dist   release another film project elsewhere
//   ./build.sh --target=Pack                 the installable tool into artifacts/packages/
#nullable enable
using System.Text.Json;
using System.Xml.Linq;

var target = Argument("target", "Release");
var configuration = Argument("configuration", "Release");
var project = Directory(Argument("project", "samples/legacy"));
var output = Directory(Argument("out", "artifacts"));

var solution = File("./LegacyPress.sln");
var cliProject = Directory("./src/LegacyPress.Cli");
var testResults = output + Directory("test-results");
var packages = output + Directory("packages");
// CI must restore exactly what the lock files say; a developer may update them.
var isCi = string.Equals(EnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

// ---------------------------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------------------------

Task("Clean")
    .Description("Delete the output folder and every bin/ and obj/ folder.")
    .Does(() =>
{
    CleanDirectory(output);
    var buildFolders = GetDirectories("./src/*/bin") + GetDirectories("./src/*/obj")
                     + GetDirectories("./tests/*/bin") + GetDirectories("./tests/*/obj");
    DeleteDirectories(buildFolders, new DeleteDirectorySettings { Recursive = true, Force = true });
});

Task("Restore")
    .Description("Restore NuGet packages (locked mode on CI).")
    .Does(() =>
{
    DotNetRestore(solution, new DotNetRestoreSettings { LockedMode = isCi });
});

Task("Build")
    .Description("Build the solution once; every later target uses this build.")
    .IsDependentOn("Restore")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings
    {
        Configuration = configuration,
        NoRestore = true,
        MSBuildSettings = new DotNetMSBuildSettings { ContinuousIntegrationBuild = isCi },
    });
});

Task("Test")
    .Description("Run every test; print 'N passed, N failed, N skipped' from the TRX files.")
    .IsDependentOn("Build")
    .Does(() =>
{
    // Stale TRX files from an earlier run would be counted again.
    CleanDirectory(testResults);

    Exception? runFailure = null;
    try
    {
        DotNetTest(solution, new DotNetTestSettings
        {
            Configuration = configuration,
            NoBuild = true,
            NoRestore = true,
            ResultsDirectory = testResults,
            Loggers = new List<string> { "trx", "console;verbosity=normal" },
        });
    }
    catch (Exception e)
    {
        // Failing tests make dotnet test exit non-zero; count them before reporting that.
        runFailure = e;
    }

    var summary = SummariseTestResults(testResults, GetFiles("./tests/**/*.Tests.csproj").Count);
    // Repeated just above the summary: a CI log is often read from its end, and the failures are minutes up otherwise.
    foreach (var failure in FailedTests(testResults))
        Error(failure);
    Information(summary.ToString());

    if (summary.Failed > 0)
        throw new CakeException($"{summary.Failed} test(s) failed; see {testResults} for the TRX files.");
    if (runFailure is not null)
        throw new CakeException($"dotnet test failed: {runFailure.Message}");
    if (summary.Passed + summary.Failed == 0)
        throw new CakeException($"No test ran: no passed or failed result in {testResults}.");
});

Task("Pack")
    .Description("Pack the installable `legacypress` tool into <out>/packages/: LegacyPress.<version>.nupkg and one package per Linux architecture it points to.")
    .IsDependentOn("Build")
    .Does(() =>
{
    // An older version left beside the new one would be what `dotnet tool install` picks when it is higher.
    CleanDirectory(packages);
    // Not NoBuild: each architecture's package is built for its RID here (the solution build is RID-neutral).
    DotNetPack(cliProject.Path.FullPath, new DotNetPackSettings
    {
        Configuration = configuration,
        NoRestore = true,
        OutputDirectory = packages,
        MSBuildSettings = new DotNetMSBuildSettings { ContinuousIntegrationBuild = isCi },
    });
    foreach (var package in GetFiles($"{packages}/*.nupkg"))
        Information($"{package.GetFilename()}: {Size(new System.IO.FileInfo(package.FullPath).Length)}");
    Information($"Install it with: dotnet tool install --global LegacyPress --add-source {packages}");
});

Task("Check")
    .Description("Validate the film project with `legacypress check`.")
    .IsDependentOn("Build")
    .Does(() =>
{
    RequireFilmProject();
    RunLegacyPress(new[] { "check", project.Path.FullPath });
});

Task("Plan")
    .Description("Print the film's timeline and write it as JSON to <out>/plan.json.")
    .IsDependentOn("Build")
    .Does(() =>
{
    RequireFilmProject();
    RunLegacyPress(new[] { "plan", project.Path.FullPath });

    var json = RunLegacyPress(new[] { "plan", project.Path.FullPath, "--json" }, echo: false);
    try
    {
        using var _ = JsonDocument.Parse(json);
    }
    catch (JsonException e)
    {
        throw new CakeException($"`legacypress plan --json` did not print JSON ({e.Message}). It printed:\n{json}");
    }
    EnsureDirectoryExists(output);
    var planFile = output + File("plan.json");
    System.IO.File.WriteAllText(planFile.Path.FullPath, json + "\n");
    Information($"Wrote {planFile}");
});

// Every target that makes something is one `legacypress release` run: the film is prepared (loaded, checked, spoken,
// planned) once inside it, and only the steps named run. They write into <out>/<version>/ like a full release.
Task("Film")
    .Description("Render the film with its soundtrack and captions, its timeline picture and storyboard, into <out>/<version>/.")
    .IsDependentOn("Build")
    .Does(() => ReleaseSteps("film", "captions", "timeline"));

Task("Trailer")
    .Description("Cut and render the trailer with its captions into <out>/<version>/; --length=30|60|90.")
    .IsDependentOn("Build")
    .Does(() => ReleaseSteps("trailer", "captions"));

Task("Promo")
    .Description("Compose posters, thumbnails, banners and the texts that go with them into <out>/<version>/promo/.")
    .IsDependentOn("Build")
    .Does(() => ReleaseSteps("promo"));

Task("PressKit")
    .Description("Write the press kit and the case study PDFs into <out>/<version>/.")
    .IsDependentOn("Build")
    .Does(() => ReleaseSteps("presskit", "casestudy"));

Task("Publish")
    .Description("Upload the latest release to YouTube (run `legacypress auth youtube --client-secrets FILE` once first); --dry-run to preview.")
    .IsDependentOn("Build")
    .Does(() =>
{
    RequireFilmProject();
    PublishRelease();
});

// The default target: the whole release, incrementally (unchanged steps are skipped by `legacypress release`).
Task("Release")
    .Description("film -> captions -> timeline -> trailer -> promo -> presskit -> casestudy -> manifest into <out>/<version>/; --force rebuilds all, --publish also uploads.")
    .IsDependentOn("Build")
    .Does(() =>
{
    RequireFilmProject();
    RunLegacyPress(ReleaseArguments());
    if (HasArgument("publish"))
        PublishRelease();
});

RunTarget(target);

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// <summary>`legacypress release` with the build's project, output, trailer length and --force, and --preset when one was given.</summary>
List<string> ReleaseArguments()
{
    var arguments = new List<string> { "release", project.Path.FullPath, "--out", output.Path.FullPath };
    // Without --preset=NAME the film's own output (film.yaml's preset or size) decides, as it does for `legacypress release`.
    if (HasArgument("preset"))
        arguments.AddRange(new[] { "--preset", Argument<string>("preset") });
    if (HasArgument("length"))
        arguments.AddRange(new[] { "--trailer-length", Argument<string>("length") });
    if (HasArgument("force"))
        arguments.Add("--force");
    return arguments;
}

/// <summary>One release run of only the named steps.</summary>
void ReleaseSteps(params string[] steps)
{
    RequireFilmProject();
    var arguments = ReleaseArguments();
    arguments.Add("--only");
    arguments.AddRange(steps);
    RunLegacyPress(arguments);
}

/// <summary>Uploads what artifacts/ points at (the latest release) with `legacypress publish`.</summary>
void PublishRelease()
{
    var arguments = new List<string> { "publish", project.Path.FullPath, "--artifacts", output.Path.FullPath };
    if (HasArgument("dry-run"))
        arguments.Add("--dry-run");
    RunLegacyPress(arguments);
}

/// <summary>Runs the freshly built `legacypress` CLI; fails on a non-zero exit and returns its standard output.</summary>
string RunLegacyPress(IReadOnlyList<string> arguments, bool echo = true)
{
    var cli = FindBuiltCli();
    var commandLine = new ProcessArgumentBuilder();
    foreach (var argument in arguments)
        commandLine.AppendQuoted(argument);

    var printed = new List<string>();
    var exitCode = 0;
    DotNetExecute(cli, commandLine, new DotNetExecuteSettings
    {
        SetupProcessSettings = process =>
        {
            process.RedirectStandardOutput = true;
            // Keep the CLI's output for the caller and, unless it is data, show it as it would have appeared.
            process.RedirectedStandardOutputHandler = line =>
            {
                if (line is not null)
                {
                    printed.Add(line);
                    if (echo)
                        Information(line);
                }
                return line;
            };
        },
        HandleExitCode = code => { exitCode = code; return true; },
    });

    if (exitCode != 0)
        throw new CakeException($"`legacypress {string.Join(" ", arguments)}` failed with exit code {exitCode}.");
    return string.Join("\n", printed);
}

FilePath FindBuiltCli()
{
    var pattern = $"{cliProject}/bin/{configuration}/*/legacypress.dll";
    var found = GetFiles(pattern);
    if (found.Count == 0)
        throw new CakeException($"The built CLI was not found at {pattern}; did the Build target run?");
    if (found.Count > 1)
        throw new CakeException($"More than one built CLI matches {pattern}: {string.Join(", ", found)}");
    return found.Single();
}

/// <summary>A file size as a person reads it: 28.9 MB, 7 KB.</summary>
string Size(long bytes) => bytes >= 1_000_000 ? $"{bytes / 1e6:0.0} MB" : $"{bytes / 1e3:0} KB";

void RequireFilmProject()
{
    if (!DirectoryExists(project))
        throw new CakeException($"Film project folder '{project}' does not exist (pass --project=DIR).");
}

TestSummary SummariseTestResults(DirectoryPath folder, int testProjects)
{
    var trxFiles = GetFiles($"{folder}/**/*.trx");
    // One TRX per test project; fewer means a test host died or two runs wrote the same file name.
    if (trxFiles.Count != testProjects)
        throw new CakeException($"Expected {testProjects} TRX file(s) in {folder}, one per test project, but found {trxFiles.Count}.");

    XNamespace trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
    var passed = 0;
    var failed = 0;
    var skipped = 0;
    foreach (var file in trxFiles)
    {
        var counters = XDocument.Load(file.FullPath).Descendants(trx + "Counters").Single();
        int Count(string name) => (int?)counters.Attribute(name) ?? 0;
        passed += Count("passed");
        // A test that errored, timed out or was aborted did not pass either.
        failed += Count("failed") + Count("error") + Count("timeout") + Count("aborted");
        // The TRX logger leaves notExecuted at 0 for skipped xunit tests; they show only as total - executed.
        skipped += Count("total") - Count("executed");
    }
    return new TestSummary(passed, failed, skipped);
}

/// <summary>Each failed test of the run: its name, the first lines of its message and of its stack trace.</summary>
IEnumerable<string> FailedTests(DirectoryPath folder)
{
    XNamespace trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
    static string FirstLines(string? text, int count) =>
        string.Join("\n", (text ?? "").Split('\n').Select(line => "    " + line.TrimEnd()).Where(line => line.Trim().Length > 0).Take(count));
    foreach (var file in GetFiles($"{folder}/**/*.trx"))
    {
        foreach (var result in XDocument.Load(file.FullPath).Descendants(trx + "UnitTestResult"))
        {
            var outcome = (string?)result.Attribute("outcome");
            if (outcome is "Passed" or "NotExecuted")
                continue;
            var error = result.Descendants(trx + "ErrorInfo").FirstOrDefault();
            yield return $"{outcome}: {(string?)result.Attribute("testName")} [{(string?)result.Attribute("duration")}]\n"
                + FirstLines((string?)error?.Element(trx + "Message"), 20) + "\n"
                + FirstLines((string?)error?.Element(trx + "StackTrace"), 8);
        }
    }
}

/// <summary>Counts read from the TRX files of one test run.</summary>
record TestSummary(int Passed, int Failed, int Skipped)
{
    public override string ToString() => $"{Passed} passed, {Failed} failed, {Skipped} skipped";
}
