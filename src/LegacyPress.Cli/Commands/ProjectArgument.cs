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

    /// <summary>
    /// <c>--preset</c>, with no default of its own: when it is not given, film.yaml's <c>output</c> decides (see
    /// <see cref="RenderPresets.Choose"/>), so a project's preset or custom size is never overridden unasked.
    /// </summary>
    public static Option<string?> Preset()
    {
        var option = new Option<string?>("--preset", "-p")
        {
            Description = $"Render preset, overriding film.yaml's output: {string.Join(", ", RenderPresets.Names)} (default: film.yaml's output)",
        };
        option.AcceptOnlyFromAmong([.. RenderPresets.Names]);
        return option;
    }

    /// <summary>The preset <c>--preset</c> names, or null when it was not given.</summary>
    public static RenderPreset? PresetValue(this ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { } name ? RenderPresets.Find(name) : null;

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print nothing but errors" };
}
