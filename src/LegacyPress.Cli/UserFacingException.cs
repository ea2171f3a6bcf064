namespace LegacyPress.Cli;

/// <summary>A failure whose message is already written for the user: printed as is, exit code 1.</summary>
public sealed class UserFacingException(string message) : Exception(message);
