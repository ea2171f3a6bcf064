using LegacyPress.Core.Loading;

namespace LegacyPress.Core.Tests.Loading;

/// <summary>Paths in film.yaml stay inside the project: checked on a real temp folder with real links.</summary>
public sealed class ProjectPathsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("legacypress-paths-").FullName;
    private readonly string project;
    private readonly string outside;

    public ProjectPathsTests()
    {
        project = Directory.CreateDirectory(Path.Combine(root, "project")).FullName;
        outside = Directory.CreateDirectory(Path.Combine(root, "outside")).FullName;
        Directory.CreateDirectory(Path.Combine(project, "images"));
        File.WriteAllText(Path.Combine(project, "images", "a.jpg"), "still");
        File.WriteAllText(Path.Combine(outside, "secret.jpg"), "not yours");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData("images/a.jpg")]
    [InlineData("./images/a.jpg")]
    [InlineData("images/../images/a.jpg")]
    [InlineData("images/not-yet.jpg")]
    public void A_relative_path_inside_the_project_resolves_to_its_full_path(string path)
    {
        var (full, problem) = ProjectPaths.Resolve(project, path);

        Assert.Null(problem);
        Assert.Equal(Path.GetFullPath(Path.Combine(project, path)), full);
    }

    [Theory]
    [InlineData("../outside/secret.jpg")]
    [InlineData("images/../../outside/secret.jpg")]
    [InlineData("..")]
    public void Dot_dot_out_of_the_project_is_refused(string path)
    {
        Assert.Equal((null, "escapes the project folder"), ProjectPaths.Resolve(project, path));
    }

    [Theory]
    [InlineData("/etc/hostname")]
    [InlineData("~/images/a.jpg")]
    public void Absolute_paths_are_refused(string path)
    {
        Assert.Equal((null, "is an absolute path; paths must be relative to the project folder"), ProjectPaths.Resolve(project, path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_path_is_refused(string path)
    {
        Assert.Equal((null, "path is empty"), ProjectPaths.Resolve(project, path));
    }

    [Fact]
    public void A_file_symlink_leading_out_of_the_project_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(project, "images", "escape.jpg"), "../../outside/secret.jpg");

        Assert.Equal((null, "is a symbolic link that leads out of the project folder"), ProjectPaths.Resolve(project, "images/escape.jpg"));
    }

    [Fact]
    public void A_folder_symlink_leading_out_of_the_project_is_refused()
    {
        Directory.CreateSymbolicLink(Path.Combine(project, "shared"), outside);

        Assert.Equal((null, "is a symbolic link that leads out of the project folder"), ProjectPaths.Resolve(project, "shared/secret.jpg"));
    }

    [Fact]
    public void A_symlink_that_stays_inside_the_project_is_fine()
    {
        File.CreateSymbolicLink(Path.Combine(project, "cover.jpg"), "images/a.jpg");

        Assert.Null(ProjectPaths.Resolve(project, "cover.jpg").Problem);
    }

    [Fact]
    public void A_project_opened_through_a_symlink_still_accepts_its_own_files()
    {
        var alias = Path.Combine(root, "alias");
        Directory.CreateSymbolicLink(alias, project);

        Assert.Null(ProjectPaths.Resolve(alias, "images/a.jpg").Problem);
    }
}
