using System.Text.RegularExpressions;

namespace LegacyPress.Core.Loading;

/// <summary>The rule for look group names (<c>look_group</c>, the keys of <c>look.groups</c>): ids like shot ids.</summary>
internal static partial class LookGroupNames
{
    public const string Key = "look_group";

    /// <summary>The <c>look_group</c> of an act or shot, or null when absent or reported as malformed.</summary>
    public static string? Read(MappingReader map)
    {
        var name = map.Text(Key);
        if (name is null)
        {
            return null;
        }
        if (!IsValid(name))
        {
            map.Error(Key, Problem(name));
            return null;
        }
        return name;
    }

    public static bool IsValid(string name) => Pattern().IsMatch(name);

    public static string Problem(string name) =>
        $"look group '{name}' must be lowercase letters, digits and dashes, starting with a letter or digit (like 'workshop' or 'sky-world')";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Pattern();
}
