using LegacyPress.Core.Model;
using LegacyPress.Release.Manifest;

namespace LegacyPress.Release.Tests.Manifest;

/// <summary>The second lock on the release folder: even a version that slipped past the loader cannot put a release elsewhere.</summary>
public sealed class ReleaseFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("legacypress-release-folder-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static FilmMetadata Version(string version) => new("Legacy", null, null, null, version, null, "en", [], [], null, []);

    [Fact]
    public void A_plain_version_is_a_folder_of_the_artifacts()
    {
        var artifacts = Path.Combine(root, "artifacts");

        var (folder, problem) = ReleaseManifestWriter.FolderFor(artifacts, Version("1.2.0"));

        Assert.Null(problem);
        Assert.Equal(Path.Combine(artifacts, "1.2.0"), folder);
    }

    [Theory]
    [InlineData("../../../x")]
    [InlineData("/tmp/elsewhere")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("a/../../b")]
    public void A_version_that_is_a_path_is_refused(string version)
    {
        var (folder, problem) = ReleaseManifestWriter.FolderFor(Path.Combine(root, "artifacts"), Version(version));

        Assert.Null(folder);
        Assert.Contains("refusing to write", problem);
    }

    [Fact]
    public void A_release_folder_that_is_a_link_out_of_the_artifacts_is_refused()
    {
        var artifacts = Directory.CreateDirectory(Path.Combine(root, "artifacts")).FullName;
        var elsewhere = Directory.CreateDirectory(Path.Combine(root, "elsewhere")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(artifacts, "1.0.0"), elsewhere);

        var (folder, problem) = ReleaseManifestWriter.FolderFor(artifacts, Version("1.0.0"));

        Assert.Null(folder);
        Assert.Contains("leads out of", problem);
    }
}
