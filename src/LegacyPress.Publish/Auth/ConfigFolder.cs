namespace LegacyPress.Publish.Auth;

/// <summary>The user's LegacyPress settings folder: <c>$XDG_CONFIG_HOME/legacypress</c>, else <c>~/.config/legacypress</c>.</summary>
public static class ConfigFolder
{
    public const string Variable = "XDG_CONFIG_HOME";

    public static string Resolve(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var root = read(Variable) is { Length: > 0 } xdg && Path.IsPathRooted(xdg)
            ? xdg
            : OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData)
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        return Path.Combine(root, "legacypress");
    }
}
