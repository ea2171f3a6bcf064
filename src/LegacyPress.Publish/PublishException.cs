namespace LegacyPress.Publish;

/// <summary>A publish failure whose message is written for the user (what happened, and what to do about it).</summary>
public sealed class PublishException(string message, Exception? inner = null) : Exception(message, inner);
