namespace LegacyPress.Publish.YouTube;

/// <summary>
/// Where the YouTube Data API and Google's OAuth server live. Production uses Google's addresses; tests and staging set
/// the environment variables so the same code talks to a local fake.
/// </summary>
public sealed record YouTubeEndpoints(Uri ApiBase, Uri AuthorizationEndpoint, Uri TokenEndpoint, Uri RevokeEndpoint)
{
    public const string ApiBaseVariable = "LEGACYPRESS_YOUTUBE_API_BASE";
    public const string AuthEndpointVariable = "LEGACYPRESS_YOUTUBE_AUTH_ENDPOINT";
    public const string TokenEndpointVariable = "LEGACYPRESS_YOUTUBE_TOKEN_ENDPOINT";
    public const string RevokeEndpointVariable = "LEGACYPRESS_YOUTUBE_REVOKE_ENDPOINT";

    public static YouTubeEndpoints Google { get; } = new(
        new Uri("https://www.googleapis.com/"),
        new Uri("https://accounts.google.com/o/oauth2/v2/auth"),
        new Uri("https://oauth2.googleapis.com/token"),
        new Uri("https://oauth2.googleapis.com/revoke"));

    /// <summary>Google's addresses, each replaced by its environment variable when set.</summary>
    public static YouTubeEndpoints FromEnvironment(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        Uri Pick(string variable, Uri fallback) => read(variable) is { Length: > 0 } v ? new Uri(v.EndsWith('/') || variable != ApiBaseVariable ? v : v + "/") : fallback;
        return new YouTubeEndpoints(
            Pick(ApiBaseVariable, Google.ApiBase),
            Pick(AuthEndpointVariable, Google.AuthorizationEndpoint),
            Pick(TokenEndpointVariable, Google.TokenEndpoint),
            Pick(RevokeEndpointVariable, Google.RevokeEndpoint));
    }

    /// <summary>A Data API resource, e.g. <c>youtube/v3/videos?part=snippet</c>.</summary>
    public Uri Api(string pathAndQuery) => new(ApiBase, pathAndQuery);

    /// <summary>A media upload endpoint, e.g. <c>upload/youtube/v3/videos?uploadType=resumable&amp;part=...</c>.</summary>
    public Uri Upload(string pathAndQuery) => new(ApiBase, "upload/" + pathAndQuery);
}
