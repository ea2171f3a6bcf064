using LegacyPress.Core.Loading;

namespace LegacyPress.Release.Scaffolding;

/// <summary><c>legacypress new --sample</c>: a copy of the bundled sample film, its film.yaml pointed at the project's own schema copy.</summary>
public sealed class SampleStarter(string sampleProject) : IProjectStarter
{
    public string Describe => "a copy of the sample film \"Legacy: Journey Between Worlds\"";

    public IReadOnlyList<string> Problems() =>
        File.Exists(Path.Combine(sampleProject, FilmLoader.FileName))
            ? []
            : [$"the bundled sample project is missing from '{sampleProject}'; reinstall LegacyPress"];

    public void Write(NewProjectFolder project)
    {
        project.CopyTree(sampleProject);
        // The sample's first line points at the schema in LegacyPress's repository, which a copy does not have.
        project.WriteFilm(File.ReadAllText(Path.Combine(sampleProject, FilmLoader.FileName)));
    }
}
