namespace LegacyPress.Publish.Http;

/// <summary>A failure worth trying again after a pause: a 5xx, a rate limit, a dropped connection, a lost session answer.</summary>
/// <param name="signIn">The failure came from Google's token endpoint, not from YouTube itself (it is told apart when retries run out).</param>
internal sealed class TransientFailure(string message, Exception? inner = null, bool signIn = false) : Exception(message, inner)
{
    public bool SignIn { get; } = signIn;
}
