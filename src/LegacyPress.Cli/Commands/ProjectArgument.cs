using System.CommandLine;
using LegacyPress.Render.Encoding;

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

    public static Option<string> Preset()
    {
        var option = new Option<string>("--preset", "-p")
        {
            Description = $"Render preset: {string.Join(", ", RenderPresets.Names)}",
            DefaultValueFactory = _ => RenderPresets.FinalName,
        };
        option.AcceptOnlyFromAmong([.. RenderPresets.Names]);
        return option;
    }

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print nothing but errors" };
}
