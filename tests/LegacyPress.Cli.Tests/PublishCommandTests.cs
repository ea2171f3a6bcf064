using System.Text.Json;

using LegacyPress.Cli.Tests.Support;
using LegacyPress.TestSupport;

namespace LegacyPress.Cli.Tests;

public sealed class PublishCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "legacypress-publish-cli-" + Guid.NewGuid().ToString("N")[..8]);

    public PublishCommandTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);


    [Fact]
    public async Task Dry_run_on_the_sample_prints_the_full_plan_and_sends_nothing()
    {
        var film = Path.Combine(folder, "film.mp4");
        File.WriteAllBytes(film, new byte[300_000]);
        var sample = RepositoryFiles.SampleProject;

        var (exit, stdout, stderr) = await CliRun.Run("publish", sample, "--dry-run", "--json", "--film", film, "--artifacts", folder);

        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var plan = doc.RootElement.GetProperty("plan");
        Assert.Equal("upload", plan.GetProperty("video").GetString());
        Assert.Equal("Legacy: Journey Between Worlds", plan.GetProperty("metadata").GetProperty("title").GetString());
        Assert.Equal(300_000, plan.GetProperty("files")[0].GetProperty("bytes").GetInt64());
        Assert.Equal("videos.insert", plan.GetProperty("quota")[0].GetProperty("method").GetString());
        var status = plan.GetProperty("videoResource").GetProperty("status");
        Assert.Equal("private", status.GetProperty("privacyStatus").GetString());
        Assert.True(status.GetProperty("containsSyntheticMedia").GetBoolean());
        Assert.Equal("1", plan.GetProperty("videoResource").GetProperty("snippet").GetProperty("categoryId").GetString());
        Assert.False(File.Exists(Path.Combine(sample, "publish.lock.json")));
    }

    [Fact]
    public async Task Bad_publish_settings_are_reported_with_file_and_line()
    {
        Directory.CreateDirectory(Path.Combine(folder, "images"));
        File.Copy(Path.Combine(RepositoryFiles.SampleProject, "images", "workshop.jpg"), Path.Combine(folder, "images", "a.jpg"));
        File.WriteAllText(Path.Combine(folder, "film.yaml"), """
            schema: 1
            title: "Settings"
            acts:
              - title: One
                shots:
                  - id: a
                    image: images/a.jpg
                    duration: 2
            publish:
              youtube:
                privacy: privat
                category: Filmz
                publish_at: tomorrow
            """);
        File.WriteAllBytes(Path.Combine(folder, "film.mp4"), new byte[1000]);

        var (exit, _, stderr) = await CliRun.Run("publish", folder, "--dry-run", "--artifacts", folder);

        Assert.Equal(1, exit);
        Assert.Contains("film.yaml:11:", stderr);
        Assert.Contains("did you mean 'private'", stderr);
        Assert.Contains("film.yaml:12:", stderr);
        Assert.Contains("film.yaml:13:", stderr);
    }
}
