using System.Diagnostics;
using System.Net.Sockets;
using LegacyPress.Core.Loading;

namespace LegacyPress.Core.Tests.Loading;

/// <summary>
/// film.yaml values that would steer a path, files that are not regular files, links out of the project, a cache folder
/// that leads elsewhere and bytes that are not UTF-8: each is a located problem from the loader, and nothing is opened.
/// </summary>
public sealed class HostileProjectFilesTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("legacypress-hostile-").FullName;
    private readonly string project;
    private readonly string outside;
    private readonly CountingMedia media = new();

    public HostileProjectFilesTests()
    {
        project = Directory.CreateDirectory(Path.Combine(root, "project")).FullName;
        outside = Directory.CreateDirectory(Path.Combine(root, "outside")).FullName;
        Directory.CreateDirectory(Path.Combine(project, "images"));
        Directory.CreateDirectory(Path.Combine(project, "audio"));
        File.WriteAllText(Path.Combine(project, "images", "a.jpg"), "the media fake decodes anything");
        File.WriteAllText(Path.Combine(outside, "secret.jpg"), "not yours");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private LoadResult Load(string extra = "", string image = "images/a.jpg", string version = "1.0.0")
    {
        File.WriteAllText(Path.Combine(project, FilmLoader.FileName), $"""
            schema: 1
            title: Legacy
            version: {version}
            acts:
              - title: One
                shots:
                  - id: workshop
                    image: {image}
                    duration: 2
            {extra}
            """);
        return new FilmLoader(media).Load(project, FilmLoader.FileName);
    }

    private static void MakeFifo(string path) =>
        Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!.WaitForExit();

    private static string Only(LoadResult result)
    {
        Assert.Null(result.Film);
        return Assert.Single(result.Diagnostics).ToString();
    }

    [Theory]
    [InlineData("../../../x")]
    [InlineData("/tmp/x")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData(".hidden")]
    [InlineData("1.0..2")]
    [InlineData("'v 1'")]
    public void A_version_that_is_not_one_folder_name_is_refused_at_its_value(string version)
    {
        var message = Only(Load(version: version));

        Assert.StartsWith("film.yaml:3:10: ", message);
        Assert.Contains("'version'", message);
        Assert.Contains("artifacts/<version>/", message);
    }

    [Theory]
    [InlineData("1.0.0")]
    [InlineData("2026.1-rc.1+build.7")]
    [InlineData("v3")]
    public void A_semver_like_version_is_accepted(string version)
    {
        var result = Load(version: version);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(version, result.Film!.Metadata.Version);
    }

    [Fact]
    public async Task A_named_pipe_as_a_still_is_reported_at_once_and_never_opened()
    {
        MakeFifo(Path.Combine(project, "images", "pipe.png"));

        var load = Task.Run(() => Load(image: "images/pipe.png"));
        var finished = await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(20)));

        Assert.Same(load, finished);
        Assert.Equal("film.yaml:8:16: shot 'workshop': image 'images/pipe.png' is a named pipe, not a regular file (only regular files are read)", Only(await load));
        Assert.Equal(0, media.Inspected);
    }

    [Fact]
    public void A_named_pipe_as_music_is_reported_at_its_value()
    {
        MakeFifo(Path.Combine(project, "audio", "theme.wav"));

        var message = Only(Load("music:\n  - file: audio/theme.wav"));

        Assert.Equal("film.yaml:11:11: music 'music-1': audio 'audio/theme.wav' is a named pipe, not a regular file (only regular files are read)", message);
        Assert.Equal(1, media.Inspected); // the still, never the pipe
    }

    [Fact]
    public void A_socket_as_a_lut_is_not_a_regular_file()
    {
        var path = Path.Combine(project, "grade.cube");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));

        var message = Only(Load("look:\n  lut: grade.cube"));

        Assert.Contains("LUT 'grade.cube' is a socket, not a regular file", message);
    }

    [Fact]
    public void A_device_as_a_still_is_not_a_regular_file()
    {
        File.CreateSymbolicLink(Path.Combine(project, "images", "zero.png"), "/dev/zero");

        var message = Only(Load(image: "images/zero.png"));

        // /dev/zero is outside the project, so the link is refused before its kind matters.
        Assert.Contains("symbolic link that leads out of the project folder", message);
        Assert.Equal(0, media.Inspected);
    }

    [Theory]
    [InlineData("/dev/null", "is a character device, not a regular file")]
    [InlineData("/tmp", "is a folder, not a file")]
    [InlineData("/nonexistent-legacypress", "not found")]
    public void Only_regular_files_may_be_opened(string path, string problem) =>
        Assert.Equal(problem, ProjectPaths.RegularFileProblem(path)?.Split(" (")[0]);

    [Fact]
    public void A_still_linked_to_a_file_outside_the_project_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(project, "images", "b.jpg"), Path.Combine(outside, "secret.jpg"));

        var message = Only(Load(image: "images/b.jpg"));

        Assert.Equal("film.yaml:8:16: shot 'workshop': image 'images/b.jpg' is a symbolic link that leads out of the project folder", message);
        Assert.Equal(0, media.Inspected);
    }

    [Fact]
    public void A_cache_folder_that_links_out_of_the_project_is_refused()
    {
        Directory.CreateSymbolicLink(Path.Combine(project, ".legacypress"), outside);

        var message = Only(Load());

        Assert.StartsWith("film.yaml:1:1: '.legacypress' is a symbolic link that leads out of the project folder", message);
    }

    [Fact]
    public void A_cache_subfolder_that_links_out_of_the_project_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(project, ".legacypress"));
        Directory.CreateSymbolicLink(Path.Combine(project, ".legacypress", "cache"), outside);

        var message = Only(Load());

        Assert.Contains("'.legacypress/cache' is a symbolic link that leads out of the project folder", message);
    }

    [Fact]
    public void A_cache_folder_that_links_inside_the_project_is_fine()
    {
        Directory.CreateDirectory(Path.Combine(project, "scratch"));
        Directory.CreateSymbolicLink(Path.Combine(project, ".legacypress"), Path.Combine(project, "scratch"));

        Assert.Empty(Load().Diagnostics);
    }

    [Fact]
    public void Invalid_utf8_in_film_yaml_is_reported_at_its_line_and_column()
    {
        var yaml = "schema: 1\ntitle: Caf\u00e9 \u00ab\u00bb x\nacts: []\n"u8.ToArray().ToList();
        // "title: Café «» x" then a lone continuation byte after the x, in the middle of line 2.
        var at = yaml.IndexOf((byte)'x');
        yaml.Insert(at + 1, 0x80);
        File.WriteAllBytes(Path.Combine(project, FilmLoader.FileName), yaml.ToArray());

        var result = new FilmLoader(media).Load(project, FilmLoader.FileName);

        var message = Assert.Single(result.Diagnostics).ToString();
        Assert.StartsWith("film.yaml:2:17: not valid UTF-8 (byte 0x80", message);
    }

    [Fact]
    public void A_named_pipe_as_film_yaml_is_reported_not_read()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "piped")).FullName;
        MakeFifo(Path.Combine(folder, FilmLoader.FileName));

        var result = new FilmLoader(media).Load(folder, FilmLoader.FileName);

        Assert.Equal("film.yaml:1:1: film.yaml is a named pipe, not a regular file (only regular files are read)", Assert.Single(result.Diagnostics).ToString());
    }

    [Theory]
    [InlineData("website: \"javascript:alert(1)\"", "'website' must be an http(s) URL")]
    [InlineData("website: file:///etc/passwd", "'website' must be an http(s) URL")]
    public void A_contact_website_that_is_not_a_web_address_is_refused(string line, string expected)
    {
        var message = Only(Load($"contact:\n  {line}"));

        Assert.Contains(expected, message);
        Assert.StartsWith("film.yaml:11:", message);
    }

    private sealed class CountingMedia : IMediaInspector
    {
        private int inspected;

        public int Inspected => inspected;

        public MediaInfo InspectImage(string fullPath)
        {
            Interlocked.Increment(ref inspected);
            return new(null, 640, 360);
        }

        public MediaInfo InspectAudio(string fullPath)
        {
            Interlocked.Increment(ref inspected);
            return new(null, DurationSeconds: 3);
        }

        public MediaInfo InspectLut(string fullPath)
        {
            Interlocked.Increment(ref inspected);
            return new(null);
        }
    }
}
