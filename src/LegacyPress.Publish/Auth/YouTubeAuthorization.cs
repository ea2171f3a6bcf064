using System.Net;
using Google.Apis.Auth.OAuth2;
using Google.Apis.Auth.OAuth2.Flows;
using Google.Apis.Auth.OAuth2.Responses;
using Google.Apis.Http;
using Google.Apis.Util.Store;
using LegacyPress.Publish.Http;
using LegacyPress.Publish.YouTube;

namespace LegacyPress.Publish.Auth;

/// <summary>
/// Signing in to YouTube with Google's installed-app OAuth flow (Google.Apis.Auth): <c>auth youtube</c> stores the client
/// and refresh token in the user's config folder; publish loads them and refreshes the access token silently.
/// </summary>
public sealed class YouTubeAuthorization(YouTubeEndpoints endpoints, string configFolder)
{
    public const string UserKey = "youtube";
    private const string ClientKey = "client";

    /// <summary>Upload videos; force-ssl for captions and playlists (the narrowest scopes that cover publishing).</summary>
    public static IReadOnlyList<string> Scopes { get; } =
        ["https://www.googleapis.com/auth/youtube.upload", "https://www.googleapis.com/auth/youtube.force-ssl"];

    public static string AuthAgain => "run `legacypress auth youtube --client-secrets <file>` again";

    private PrivateFileDataStore Store { get; } = new(configFolder, "youtube");

    public string TokenPath => Store.PathOf(UserKey);

    /// <summary>
    /// Runs the browser sign-in and stores the client and the refresh token (0600). Only a completed sign-in replaces
    /// an earlier one: the flow works under a key of its own, so a refused, failed or cancelled attempt leaves the
    /// earlier sign-in as it was.
    /// </summary>
    public async Task SignInAsync(string clientSecretsFile, Action<string> showUrl, CancellationToken cancellation)
    {
        const string attemptKey = UserKey + "-signing-in";
        var secrets = ReadClientSecrets(clientSecretsFile);
        await Store.DeleteAsync<TokenResponse>(attemptKey);
        var flow = CreateFlow(secrets);
        try
        {
            var credential = await new AuthorizationCodeInstalledApp(flow, new LoopbackCodeReceiver(showUrl)).AuthorizeAsync(attemptKey, cancellation);
            if (credential.Token.RefreshToken is null)
            {
                throw new PublishException("Google signed in without a refresh token, so later runs could not sign in silently; remove LegacyPress from your Google account's third-party access and " + AuthAgain);
            }
            await Store.StoreAsync(ClientKey, secrets);
            await Store.StoreAsync(UserKey, credential.Token);
        }
        catch (TokenResponseException e)
        {
            throw new PublishException($"YouTube sign-in failed: {e.Error.Error}{(e.Error.ErrorDescription is { } d ? $" ({d})" : "")}");
        }
        finally
        {
            await Store.DeleteAsync<TokenResponse>(attemptKey);
        }
    }

    /// <summary>The saved sign-in as a token source; a clear message when there is none.</summary>
    public async Task<IAccessTokenSource> LoadAsync(CancellationToken cancellation)
    {
        var secrets = await Store.GetAsync<ClientSecrets>(ClientKey);
        var token = await Store.GetAsync<TokenResponse>(UserKey);
        if (secrets?.ClientId is null || token?.RefreshToken is null)
        {
            throw new PublishException($"not signed in to YouTube (no saved sign-in in {configFolder}): run `legacypress auth youtube --client-secrets <file>` first");
        }
        cancellation.ThrowIfCancellationRequested();
        return new CredentialTokens(new UserCredential(CreateFlow(secrets, new GrantKeepingStore(Store)), UserKey, token));
    }

    /// <summary>
    /// Google's flow with PKCE (RFC 7636, S256): the consent URL carries a challenge and the code exchange its verifier,
    /// so a code caught on its way to the loopback address is useless to whoever caught it.
    /// </summary>
    private GoogleAuthorizationCodeFlow CreateFlow(ClientSecrets secrets, IDataStore? store = null) =>
        new PkceGoogleAuthorizationCodeFlow(new FlowSettings(endpoints)
        {
            ClientSecrets = secrets,
            Scopes = Scopes,
            DataStore = store ?? Store,
            // One retry rule for every request (RetryPipeline), the token endpoint included.
            DefaultExponentialBackOffPolicy = ExponentialBackOffPolicy.None,
            // Without consent Google omits the refresh token when the app was approved before.
            Prompt = "consent",
        });

    /// <summary>Google's flow settings pointed at configurable endpoints (the URL constructor is only open to subclasses).</summary>
    private sealed class FlowSettings(YouTubeEndpoints endpoints)
        : GoogleAuthorizationCodeFlow.Initializer(endpoints.AuthorizationEndpoint.AbsoluteUri, endpoints.TokenEndpoint.AbsoluteUri, endpoints.RevokeEndpoint.AbsoluteUri);

    private static ClientSecrets ReadClientSecrets(string path)
    {
        if (!File.Exists(path))
        {
            throw new PublishException($"client secrets file not found: {path} (download it from Google Cloud console → APIs & Services → Credentials → OAuth client ID of type 'Desktop app')");
        }
        try
        {
            using var stream = File.OpenRead(path);
            var secrets = GoogleClientSecrets.FromStream(stream).Secrets;
            if (string.IsNullOrEmpty(secrets?.ClientId) || string.IsNullOrEmpty(secrets.ClientSecret))
            {
                throw new PublishException($"{path}: no client_id/client_secret found; use the JSON of an OAuth client of type 'Desktop app'");
            }
            return secrets;
        }
        catch (Exception e) when (e is not PublishException)
        {
            throw new PublishException($"{path}: not a Google OAuth client secrets file ({e.Message}); use the JSON of an OAuth client of type 'Desktop app'");
        }
    }

    /// <summary>Google's credential, with its token-endpoint failures turned into messages a user can act on.</summary>
    private sealed class CredentialTokens(UserCredential credential) : IAccessTokenSource
    {
        public async Task<string> GetAsync(CancellationToken cancellation)
        {
            try
            {
                return await credential.GetAccessTokenForRequestAsync(null, cancellation);
            }
            catch (TokenResponseException e)
            {
                throw Translate(e);
            }
            catch (HttpRequestException e)
            {
                throw Translate(e);
            }
        }

        public async Task<string> RefreshAsync(CancellationToken cancellation)
        {
            try
            {
                await credential.RefreshTokenAsync(cancellation);
                return credential.Token.AccessToken;
            }
            catch (TokenResponseException e)
            {
                throw Translate(e);
            }
            catch (HttpRequestException e)
            {
                throw Translate(e);
            }
        }

        private static Exception Translate(HttpRequestException e) =>
            new TransientFailure($"the token endpoint could not be reached ({e.HttpRequestError})", e, signIn: true);

        private static Exception Translate(TokenResponseException e) => e.Error.Error switch
        {
            "invalid_grant" => new PublishException(
                "YouTube no longer accepts the saved sign-in (the refresh token was revoked, expired, or the password changed): " + AuthAgain, PublishFailureKind.SignIn),
            "invalid_client" or "unauthorized_client" => new PublishException(
                "Google does not recognise the saved OAuth client (deleted or disabled?): " + AuthAgain, PublishFailureKind.SignIn),
            _ when e.StatusCode is { } s && (int)s >= 500 || e.StatusCode == HttpStatusCode.TooManyRequests =>
                new TransientFailure($"the token endpoint answered HTTP {(int)e.StatusCode!}", e, signIn: true),
            _ => new PublishException($"YouTube sign-in could not be refreshed ({e.Error.Error}): " + AuthAgain, PublishFailureKind.SignIn),
        };
    }

    /// <summary>
    /// The token store as the refresh flow sees it: deletes are ignored. Google's flow deletes the saved token on any
    /// non-5xx refresh error, a 429 included, which signed users out over a busy minute; whether a grant is dead is
    /// decided here (<c>invalid_grant</c> → "sign in again"), and signing in again replaces it.
    /// </summary>
    private sealed class GrantKeepingStore(IDataStore inner) : IDataStore
    {
        public Task StoreAsync<T>(string key, T value) => inner.StoreAsync(key, value);

        public Task DeleteAsync<T>(string key) => Task.CompletedTask;

        public Task<T> GetAsync<T>(string key) => inner.GetAsync<T>(key);

        public Task ClearAsync() => Task.CompletedTask;
    }
}
