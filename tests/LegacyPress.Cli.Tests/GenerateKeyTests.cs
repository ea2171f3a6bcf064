using System.Text;
using LegacyPress.TestSupport;
using LegacyPress.TestSupport.Fakes.Images;

namespace LegacyPress.Cli.Tests;

/// <summary>
/// The key a backend is given never leaves the request: a real CLI process generates through the fake OpenAI server
/// with the key in its environment, and neither its output nor any file under the project (stills, cache, contact
/// sheet, provenance, film.yaml) holds it; nor does the failure a wrong key gives.
/// </summary>
public sealed class GenerateKeyTests : IAsyncLifetime
{
    private readonly string project = Directory.CreateTempSubdirectory("legacypress-generate-key-").FullName;
    private FakeOpenAiImagesServer openAi = null!;

    public async Task InitializeAsync()
    {
        openAi = await FakeOpenAiImagesServer.StartAsync("sk-proj-K3yThatMustNeverBeSeen0123456789");
        File.WriteAllText(Path.Combine(project, "film.yaml"), $$"""
            schema: 1
            title: "Keys"
            output: { preset: preview }
            cards: { opening: false, acts: false, credits: false }
            bible:
              style: ink wash
              characters:
                theo: a boy in a flat cap
            generate:
              backend: openai
              endpoint: {{openAi.Endpoint}}
              candidates: 2
            acts:
              - title: One
                shots:
                  - { id: door, duration: 2, characters: [theo], prompt: opens a door }
                  - { id: sky, duration: 2, prompt: airships at dusk }
            """);
    }

    public async Task DisposeAsync()
    {
        await openAi.DisposeAsync();
        Directory.Delete(project, recursive: true);
    }

    private Task<CliOutcome> Generate(string key, params string[] more) =>
        CliProcess.RunAsync(["generate", project, .. more], TimeSpan.FromMinutes(2), environment: new Dictionary<string, string> { ["OPENAI_API_KEY"] = key });

    [Fact]
    public async Task The_key_is_in_no_output_and_no_file_of_the_project()
    {
        var plain = await Generate(openAi.ApiKey, "--pick-first");
        var json = await Generate(openAi.ApiKey, "--json");

        Assert.True(plain.Exit == 0, plain.Error + plain.Out);
        Assert.True(json.Exit == 0, json.Error);
        Assert.Equal(4, openAi.Requests.Count);
        Assert.All(openAi.Requests, r => Assert.True(r.KeyAccepted));
        Assert.True(File.Exists(Path.Combine(project, "images", "door.png")));
        AssertNowhere(openAi.ApiKey, plain, json);
    }

    [Fact]
    public async Task A_rejected_key_is_reported_without_the_key()
    {
        const string wrong = "sk-proj-WrongKeyNobodyMayRead9876543210";

        var run = await Generate(wrong);

        Assert.Equal(1, run.Exit);
        Assert.Contains("OpenAI", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        AssertNowhere(wrong, run);
    }

    private void AssertNowhere(string key, params CliOutcome[] runs)
    {
        // Its last eight characters too: a "sk-…abcd" shortening is still a piece of the secret.
        foreach (var secret in new[] { key, key[^8..] })
        {
            foreach (var run in runs)
            {
                Assert.DoesNotContain(secret, run.Out, StringComparison.Ordinal);
                Assert.DoesNotContain(secret, run.Error, StringComparison.Ordinal);
            }
            var bytes = Encoding.UTF8.GetBytes(secret);
            foreach (var file in Directory.EnumerateFiles(project, "*", SearchOption.AllDirectories))
            {
                Assert.True(File.ReadAllBytes(file).AsSpan().IndexOf(bytes) < 0, $"{Path.GetRelativePath(project, file)} holds the key");
            }
        }
    }
}
