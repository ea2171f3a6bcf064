using LegacyPress.TestSupport;

namespace LegacyPress.Cli.Tests.Hostile;

/// <summary>
/// The hostile corpus (issue 13): every folder of tests/data/hostile is run through the real built CLI as a child
/// process and must fail (or succeed) as promised — a located message, no stack trace, in bounded time and memory,
/// and nothing touched outside the project and output folders.
/// </summary>
public sealed class HostileCorpusTests
{
    private static readonly TimeSpan Promised = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan KillAfter = TimeSpan.FromSeconds(60);
    private const long MemoryCeiling = 1L << 30;

    /// <summary>The classes of issue 13 with cases; each must keep at least two.</summary>
    private static readonly int[] ClassesCovered = [1, 2, 3, 4, 5, 6, 7, 8, 9];

    [Fact]
    public void Every_covered_class_has_at_least_two_cases()
    {
        var byClass = HostileCase.Names.GroupBy(n => HostileCase.Read(n).Class).ToDictionary(g => g.Key, g => g.Count());
        foreach (var issueClass in ClassesCovered)
        {
            Assert.True(byClass.GetValueOrDefault(issueClass) >= 2, $"class {issueClass} has {byClass.GetValueOrDefault(issueClass)} case(s)");
        }
    }

    [Theory]
    [MemberData(nameof(HostileCase.All), MemberType = typeof(HostileCase))]
    public async Task Hostile_project_is_refused_as_promised(string name)
    {
        using var hostile = HostileCase.Open(name);
        var outside = hostile.Snapshot(hostile.Outside);
        var unchanged = hostile.Spec.Unchanged.Select(hostile.Expand).ToDictionary(p => p, Snapshot);
        var stray = hostile.StrayEntries();

        var run = await CliProcess.RunAsync(hostile.Arguments, KillAfter, workingDirectory: hostile.Root);

        var shown = $"{name}: exit {run.Exit} in {run.Elapsed.TotalSeconds:0.0} s, peak {run.PeakResidentBytes >> 20} MiB\n--- stdout\n{run.Out}\n--- stderr\n{run.Error}";
        Assert.False(run.Killed, $"killed after {KillAfter.TotalSeconds} s\n{shown}");
        Assert.True(run.Exit == hostile.Spec.Exit, $"expected exit {hostile.Spec.Exit}\n{shown}");
        foreach (var expected in hostile.Spec.Stderr)
        {
            Assert.True(run.Error.Contains(hostile.Expand(expected), StringComparison.Ordinal), $"stderr lacks '{expected}'\n{shown}");
        }
        foreach (var expected in hostile.Spec.Stdout)
        {
            Assert.True(run.Out.Contains(hostile.Expand(expected), StringComparison.Ordinal), $"stdout lacks '{expected}'\n{shown}");
        }
        foreach (var (forbidden, comparison) in (ReadOnlySpan<(string, StringComparison)>)[("   at ", StringComparison.Ordinal), ("Exception", StringComparison.Ordinal), ("internal error", StringComparison.OrdinalIgnoreCase)])
        {
            Assert.False((run.Out + run.Error).Contains(forbidden, comparison), $"output shows '{forbidden}'\n{shown}");
        }
        Assert.True(run.Elapsed < Promised, $"took longer than {Promised.TotalSeconds} s\n{shown}");
        Assert.True(run.PeakResidentBytes < MemoryCeiling, $"peak resident memory {run.PeakResidentBytes >> 20} MiB\n{shown}");
        Assert.Equal(outside, hostile.Snapshot(hostile.Outside));
        foreach (var (path, before) in unchanged)
        {
            Assert.Equal(before, Snapshot(path));
        }
        foreach (var gone in hostile.Spec.Gone.Select(hostile.Expand))
        {
            Assert.False(File.Exists(gone), $"{gone} is still there\n{shown}");
        }
        Assert.Equal(stray, hostile.StrayEntries());
        foreach (var expected in hostile.Spec.Probe)
        {
            var path = hostile.Expand(expected.File);
            Assert.True(File.Exists(path), $"{expected.File} was not written\n{shown}");
            var video = Ffprobe.Probe(path);
            Assert.Equal((expected.Width, expected.Height), (video.Width, video.Height));
            Assert.Equal(expected.FrameRate ?? video.FrameRate, video.FrameRate);
            Assert.Equal(expected.Frames ?? video.Frames, video.Frames);
        }
        foreach (var expected in hostile.Spec.FileContains)
        {
            var path = hostile.Expand(expected.File);
            Assert.True(File.Exists(path), $"{expected.File} was not written\n{shown}");
            var text = File.ReadAllText(path);
            foreach (var part in expected.Contains)
            {
                Assert.True(text.Contains(hostile.Expand(part), StringComparison.Ordinal), $"{expected.File} lacks '{part}':\n{text}");
            }
            foreach (var part in expected.Lacks)
            {
                Assert.False(text.Contains(hostile.Expand(part), StringComparison.Ordinal), $"{expected.File} says '{part}':\n{text}");
            }
        }

        IReadOnlyDictionary<string, string> Snapshot(string path) => File.Exists(path)
            ? new Dictionary<string, string> { [path] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))) }
            : hostile.Snapshot(path);
    }
}
