using System.CommandLine;

namespace LegacyPress.Cli.Commands;

/// <summary>The shared <c>&lt;project&gt;</c> argument and output switches, defined once for every command.</summary>
internal static class CommonOptions
{
    public static Argument<string> Project() => new("project")
    {
        Description = "The project folder (holding film.yaml) or the film.yaml file itself",
        DefaultValueFactory = _ => ".",
    };

    public static Option<bool> Json() => new("--json") { Description = "Write machine-readable JSON to stdout" };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print nothing but errors" };
}
