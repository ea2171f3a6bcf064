using System.Diagnostics;
using LegacyPress.Core.Loading;

namespace LegacyPress.Core.Tests.Loading;

/// <summary>
/// The one check before any picture is decoded: inside the project, a regular file, a PNG/JPEG/WebP header within the
/// limits. Only headers are written here; nothing is ever decoded.
/// </summary>
public sealed class ImageFilesTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("legacypress-imagefiles-").FullName;
    private readonly string project;

    public ImageFilesTests()
    {
        project = Directory.CreateDirectory(Path.Combine(root, "project")).FullName;
        Directory.CreateDirectory(Path.Combine(project, "press"));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_picture_within_the_limits_passes_with_its_size()
    {
        Write("press/a.png", ImageHeaderTests.Png(ImageLimits.MaxSide, 4096));

        var check = ImageFiles.Check(project, "press/a.png");

        Assert.True(check.Ok, check.Problem);
        Assert.Equal(new ImageHeader(ImageFormat.Png, ImageLimits.MaxSide, 4096), check.Header);
        Assert.Equal(Path.Combine(project, "press", "a.png"), check.FullPath);
    }

    [Theory]
    [InlineData("big.png")]
    [InlineData("big.jpg")]
    [InlineData("big.webp")]
    public void A_header_claiming_60000_square_is_refused_naming_the_size_and_the_limit(string name)
    {
        Write("press/" + name, Path.GetExtension(name) switch
        {
            ".png" => ImageHeaderTests.Png(60_000, 60_000),
            ".jpg" => ImageHeaderTests.Jpeg(60_000, 60_000),
            _ => ImageHeaderTests.WebPExtended(60_000, 60_000),
        });

        var check = ImageFiles.Check(project, "press/" + name);

        Assert.False(check.Ok);
        Assert.Equal("is too large: it is 60000x60000 pixels; an image may be at most 16384 pixels on its longest side (see docs/limits.md) — scale it down", check.Problem);
    }

    [Fact]
    public void Too_many_pixels_within_the_side_limit_is_refused_naming_the_megapixels()
    {
        Write("press/wide.png", ImageHeaderTests.Png(16_000, 9_000));

        var check = ImageFiles.Check(project, "press/wide.png");

        Assert.Contains("it is 16000x9000 pixels (144 megapixels); an image may have at most 67.1 megapixels", check.Problem);
    }

    [Fact]
    public async Task A_named_pipe_is_refused_without_being_opened()
    {
        var fifo = Path.Combine(project, "press", "pipe.png");
        Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!.WaitForExit();

        // Opening a FIFO blocks until a writer comes: a check that opened it would never finish.
        var check = await Task.Run(() => ImageFiles.Check(project, "press/pipe.png")).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("is a named pipe, not a regular file (only regular files are read)", check.Problem);
    }

    [Fact]
    public void Paths_leaving_the_project_are_refused()
    {
        var outside = Path.Combine(root, "secret.png");
        File.WriteAllBytes(outside, ImageHeaderTests.Png(10, 10));
        File.CreateSymbolicLink(Path.Combine(project, "press", "link.png"), outside);

        Assert.Equal("escapes the project folder", ImageFiles.Check(project, "../secret.png").Problem);
        Assert.Equal("is a symbolic link that leads out of the project folder", ImageFiles.Check(project, "press/link.png").Problem);
        Assert.Equal("is an absolute path; paths must be relative to the project folder", ImageFiles.Check(project, outside).Problem);
    }

    [Fact]
    public void A_file_that_is_no_picture_or_is_missing_or_is_a_folder_is_refused()
    {
        Write("press/notes.png", "not a picture"u8.ToArray());

        Assert.Equal("is not a PNG, JPEG or WebP picture", ImageFiles.Check(project, "press/notes.png").Problem);
        Assert.Equal("not found", ImageFiles.Check(project, "press/missing.png").Problem);
        Assert.Equal("is a folder, not a file", ImageFiles.Check(project, "press").Problem);
    }

    private void Write(string relative, byte[] bytes) => File.WriteAllBytes(Path.Combine(project, relative), bytes);
}
