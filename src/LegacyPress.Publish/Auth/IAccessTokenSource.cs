namespace LegacyPress.Publish.Auth;

/// <summary>Hands out a current OAuth access token and gets a new one when the API says the old one is no longer valid.</summary>
public interface IAccessTokenSource
{
    Task<string> GetAsync(CancellationToken cancellation);

    Task<string> RefreshAsync(CancellationToken cancellation);
}
