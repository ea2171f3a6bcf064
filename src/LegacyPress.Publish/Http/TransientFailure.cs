namespace LegacyPress.Publish.Http;

/// <summary>A failure worth trying again after a pause: a 5xx, a rate limit, a dropped connection, a lost session answer.</summary>
internal sealed class TransientFailure(string message, Exception? inner = null) : Exception(message, inner);
