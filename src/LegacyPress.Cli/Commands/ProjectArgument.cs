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

    /// <summary>
    /// <c>--farm [CONNECTION]</c>: the pieces are rendered by the workers of the farm on that PostgreSQL database; with
    /// no value the connection string is read from <c>LEGACYPRESS_FARM</c>. Not given: everything renders here.
    /// </summary>
    public static Option<string?> Farm() => new("--farm")
    {
        Description = $"Render the pieces on a LegacyPress farm: its PostgreSQL connection string (\"Host=…;Database=…\"), or ${LegacyPress.Farm.FarmConnection.EnvironmentVariable} when no value follows",
        Arity = ArgumentArity.ZeroOrOne,
        HelpName = "connection",
    };

    /// <summary>The farm <c>--farm</c> names, reached now (a database that cannot be reached fails before any work); null when not given.</summary>
    /// <exception cref="LegacyPress.Farm.FarmException">No connection string, a bad one, or the database cannot be reached.</exception>
    public static LegacyPress.Farm.FarmRemotePieces? FarmValue(this ParseResult parse, Option<string?> option) =>
        parse.GetResult(option) is null ? null : new(LegacyPress.Farm.FarmConnection.FromOptionOrEnvironment(parse.GetValue(option)));

    /// <summary>The preset <c>--preset</c> names, or null when it was not given.</summary>
    public static RenderPreset? PresetValue(this ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { } name ? RenderPresets.Find(name) : null;

    /// <summary>The folder every command writes into unless told otherwise: the project's own, whatever the working folder.</summary>
    public const string ArtifactsFolder = "artifacts";

    /// <summary>
    /// <c>--out</c>, with no default of its own: when it is not given, <see cref="OutputValue"/> puts the output in the
    /// project's <c>artifacts/</c> folder (next to film.yaml), not in the working folder's.
    /// </summary>
    /// <param name="file">The file name the default path ends in, for a command that writes one file.</param>
    /// <param name="name">The option's name: <c>--out</c> (alias <c>-o</c>) unless a command calls it something else.</param>
    public static Option<string?> Output(string description, string? file = null, string name = "--out") =>
        new(name, name == "--out" ? new[] { "-o" } : []) { Description = $"{description} (default: the project's {ArtifactsFolder}/{file})" };

    /// <summary>
    /// What <paramref name="option"/> names, else the project's <c>artifacts/</c> folder (with <paramref name="file"/>
    /// in it when the option names a file): the one place a default output is resolved.
    /// </summary>
    public static string OutputValue(this ParseResult parse, Option<string?> option, string projectPath, string? file = null) =>
        parse.GetValue(option) ?? ProjectArtifacts(projectPath, file);

    /// <summary>
    /// The project's <c>artifacts/</c> folder, or a file in it: next to film.yaml, whether the project was named by its folder
    /// or its file. Relative when the project path is, so messages stay short.
    /// </summary>
    public static string ProjectArtifacts(string projectPath, string? file = null)
    {
        var folder = Directory.Exists(projectPath) ? projectPath : Path.GetDirectoryName(projectPath) ?? "";
        var artifacts = Path.Combine(folder, ArtifactsFolder);
        return file is null ? artifacts : Path.Combine(artifacts, file);
    }

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print nothing but errors" };
}
