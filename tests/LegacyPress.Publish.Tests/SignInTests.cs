using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using LegacyPress.Publish.Tests.Fakes;
using Microsoft.AspNetCore.WebUtilities;

namespace LegacyPress.Publish.Tests;

/// <summary>The installed-app sign-in against the fake Google: PKCE (S256) on the way out and back, and the loopback answer's state checked.</summary>
public sealed class SignInTests : IAsyncLifetime, IDisposable
{
    private readonly TestProject project = new();
    private FakeYouTubeServer server = null!;
    private PublishHarness harness = null!;

    public async Task InitializeAsync()
    {
        server = await FakeYouTubeServer.StartAsync();
        harness = new PublishHarness(server, project);
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose() => project.Dispose();

    [Fact]
    public async Task Sign_in_sends_an_S256_challenge_and_redeems_the_code_with_its_verifier()
    {
        await harness.SignInAsync();

        var consent = Assert.Single(server.Consents);
        Assert.Equal("S256", consent.Method);
        Assert.True(consent.State.Length >= 32, "the consent URL carries a random state");
        // RFC 7636 4.1: 43 to 128 unreserved characters; 4.2: the challenge is BASE64URL(SHA256(verifier)) without padding.
        var verifier = consent.Verifier;
        Assert.NotNull(verifier);
        Assert.Matches(new Regex("^[A-Za-z0-9._~-]{43,128}$"), verifier);
        Assert.Equal(consent.Challenge, WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
        Assert.True(File.Exists(harness.Authorization.TokenPath));
    }

    [Theory]
    [InlineData("forged-state")]
    [InlineData(null)]
    public async Task An_answer_with_a_wrong_or_missing_state_is_refused_and_nothing_is_saved(string? state)
    {
        var (error, page) = await TamperedSignInAsync(state);

        Assert.Contains("did not carry the state this sign-in sent", error.Message);
        Assert.Contains("no sign-in was saved", error.Message);
        Assert.Contains("Sign-in refused", page);
        Assert.False(File.Exists(harness.Authorization.TokenPath));
        Assert.Equal(0, server.Count(RequestKind.Token));
    }

    [Fact]
    public async Task A_sign_in_that_fails_leaves_the_earlier_sign_in_as_it_was()
    {
        await harness.SignInAsync();
        var grant = harness.Authorization.TokenPath;
        var before = await File.ReadAllTextAsync(grant);

        await TamperedSignInAsync("forged-state");

        Assert.Equal(before, await File.ReadAllTextAsync(grant));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(grant));
        }
        Assert.Equal(["youtube-client.json", Path.GetFileName(grant)], Directory.GetFiles(project.ConfigFolder).Select(Path.GetFileName).Order());
        await harness.Authorization.LoadAsync(CancellationToken.None);
    }

    /// <summary>A "browser" that follows the consent page's redirect back to the loopback address with the state changed.</summary>
    private async Task<(PublishException Error, string Page)> TamperedSignInAsync(string? state)
    {
        var secrets = server.WriteClientSecrets(project.Root);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        Task<string>? visit = null;
        var error = await Assert.ThrowsAsync<PublishException>(() => harness.Authorization.SignInAsync(secrets, url => visit = Task.Run(async () =>
        {
            using var consent = await browser.GetAsync(url);
            var back = consent.Headers.Location!;
            var query = QueryHelpers.ParseQuery(back.Query).ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
            query["state"] = state;
            var tampered = QueryHelpers.AddQueryString(back.GetLeftPart(UriPartial.Path), query.Where(q => q.Value is not null));
            return await browser.GetStringAsync(tampered);
        }), CancellationToken.None));
        return (error, await visit!);
    }

    [Fact]
    public async Task The_fake_token_endpoint_refuses_a_code_redeemed_with_the_wrong_verifier()
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var consentUrl = QueryHelpers.AddQueryString(server.AuthEndpoint.AbsoluteUri, new Dictionary<string, string?>
        {
            ["client_id"] = FakeYouTubeServer.ClientId, ["redirect_uri"] = "http://127.0.0.1:9/", ["scope"] = "s",
            ["code_challenge"] = challenge, ["code_challenge_method"] = "S256", ["state"] = "s1",
        });
        using var consent = await browser.GetAsync(consentUrl);
        var code = QueryHelpers.ParseQuery(consent.Headers.Location!.Query)["code"].ToString();

        using var exchange = await browser.PostAsync(server.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["code_verifier"] = verifier + "x",
            ["client_id"] = FakeYouTubeServer.ClientId, ["client_secret"] = FakeYouTubeServer.ClientSecret, ["redirect_uri"] = "http://127.0.0.1:9/",
        }));

        Assert.Equal(400, (int)exchange.StatusCode);
        Assert.Contains("invalid_grant", await exchange.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_fake_consent_page_refuses_a_request_without_an_S256_challenge()
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var consentUrl = QueryHelpers.AddQueryString(server.AuthEndpoint.AbsoluteUri, new Dictionary<string, string?>
        {
            ["client_id"] = FakeYouTubeServer.ClientId, ["redirect_uri"] = "http://127.0.0.1:9/", ["scope"] = "s",
            ["code_challenge"] = "plain-verifier-used-as-challenge-plain-verifier", ["code_challenge_method"] = "plain",
        });

        using var consent = await browser.GetAsync(consentUrl);

        Assert.Equal(400, (int)consent.StatusCode);
    }
}
