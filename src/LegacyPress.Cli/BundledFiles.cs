namespace LegacyPress.Cli;

/// <summary>
/// Files shipped beside the tool: the sample project, the templates and the film.yaml schema. They sit in the folder
/// the CLI runs from, so one lookup serves the repository's build output (bin/…/net10.0/), a test's output (which
/// copies a referenced project's content) and an installed tool (…/tools/net10.0/&lt;rid&gt;/ in the tool store).
/// </summary>
public static class BundledFiles
{
    public static string SampleProject => Path.Combine(AppContext.BaseDirectory, "samples", "legacy");

    public static string Templates => Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>docs/film.schema.json, which every new project gets a copy of.</summary>
    public static string Schema => Path.Combine(AppContext.BaseDirectory, "schema", "film.schema.json");
}
