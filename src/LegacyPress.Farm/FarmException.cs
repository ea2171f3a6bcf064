namespace LegacyPress.Farm;

/// <summary>The farm cannot be used as asked: no or a bad connection string, the database unreachable or refusing.</summary>
public sealed class FarmException(string message) : Exception(message);
