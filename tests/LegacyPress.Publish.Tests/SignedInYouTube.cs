using LegacyPress.Publish.Tests.Fakes;

namespace LegacyPress.Publish.Tests;

/// <summary>
/// What every publish test starts from: a fresh fake YouTube, the project's promo texts and caption files written,
/// and a real sign-in through the loopback flow — in-process (<see cref="Harness"/>) and as the CLI (<see cref="Cli"/>).
/// </summary>
public sealed class SignedInYouTube : IAsyncDisposable
{
    public const string Description = "Watch it.\n\n0:00 Start\n0:10 Middle\n0:20 End";
    public const string CaptionText = "1\n00:00:00,000 --> 00:00:02,000\nHello.\n";

    private SignedInYouTube(FakeYouTubeServer server, TestProject project)
    {
        Server = server;
        Harness = new PublishHarness(server, project);
        Cli = new PublishCli(server, project);
    }

    public FakeYouTubeServer Server { get; }

    public PublishHarness Harness { get; }

    public PublishCli Cli { get; }

    public static async Task<SignedInYouTube> StartAsync(
        TestProject project, string title = "The Test Film", string tags = "fantasy, short film", params string[] captionLanguages)
    {
        var youTube = new SignedInYouTube(await FakeYouTubeServer.StartAsync(), project);
        project.WritePromo(title, Description, tags);
        foreach (var language in captionLanguages)
        {
            project.WriteCaptions(language, CaptionText);
        }
        await youTube.Harness.SignInAsync();
        return youTube;
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
