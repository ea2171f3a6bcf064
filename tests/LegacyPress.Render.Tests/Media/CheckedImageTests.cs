using System.Diagnostics;
using LegacyPress.Core.Loading;
using LegacyPress.Render.Composition;
using LegacyPress.Render.Media;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Media;

/// <summary>
/// The one guarded path to Skia's decoders: pictures that claim (or really have) more pixels than the limits are
/// refused by name and limit before a pixel buffer exists, whichever of the three formats they are and whichever
/// decoder would have taken them.
/// </summary>
public sealed class CheckedImageTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string> Oversized() => ["claims.png", "claims.jpg", "claims.webp", "real-20000.png"];

    [Theory]
    [MemberData(nameof(Oversized))]
    public void An_oversized_picture_is_refused_naming_the_file_and_the_limit_without_decoding(string name)
    {
        var path = Oversize(name);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        var refused = Assert.Throws<ImageRefusedException>(() => CheckedImage.Open(path));

        // A 20000x20000 decode is 1.6 GB and seconds of work; the header check is a few bytes.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - allocated < 16 << 20, "allocated as if decoding");
        Assert.Equal(path, refused.Path);
        Assert.StartsWith($"image '{path}' is too large: it is ", refused.Message);
        Assert.Contains($"an image may be at most {ImageLimits.MaxSide} pixels on its longest side (see docs/limits.md)", refused.Message);
    }

    [Fact]
    public void A_picture_the_project_names_must_be_inside_it_and_a_regular_file()
    {
        var project = Directory.CreateDirectory(folder.File("project")).FullName;
        TestStills.Write(folder.File("outside.png"), SKColors.Teal);
        File.CreateSymbolicLink(Path.Combine(project, "linked.png"), folder.File("outside.png"));

        Assert.Contains("escapes the project folder", Assert.Throws<ImageRefusedException>(() => CheckedImage.Open(project, "../outside.png")).Message);
        Assert.Contains("symbolic link that leads out of the project folder", Assert.Throws<ImageRefusedException>(() => CheckedImage.Open(project, "linked.png")).Message);
        Assert.Contains("is a folder, not a file", Assert.Throws<ImageRefusedException>(() => CheckedImage.Open(folder.Path, "project")).Message);
    }

    [Fact]
    public void A_picture_within_the_limits_decodes_whole_or_scaled()
    {
        TestStills.Write(folder.File("a.png"), SKColors.Teal, 320, 200);

        using var image = CheckedImage.Open(folder.File("a.png"));
        using var full = image.Decode();
        var (half, result) = image.DecodeScaled(0.5f);

        using (half)
        {
            Assert.Equal(SKEncodedImageFormat.Png, image.Codec.EncodedFormat);
            Assert.Equal((320, 200), (full.Width, full.Height));
            Assert.Equal(SKCodecResult.Success, result);
            Assert.Equal(SKColors.Teal, half.GetPixel(2, 2));
        }
    }

    [Fact]
    public void The_film_still_library_refuses_an_oversized_still_by_name_even_when_check_was_skipped()
    {
        Oversize("real-20000.png");
        using var library = new StillLibrary(folder.File, (_, _) => 1, new SKSizeI(1280, 720));

        var refused = Assert.Throws<ImageRefusedException>(() => library.Rent("real-20000.png"));

        Assert.StartsWith("image 'real-20000.png' is too large: it is 20000x20000 pixels;", refused.Message);
        Assert.Equal(0, library.LoadedCount);
    }

    [Fact]
    public void The_media_inspector_reports_an_oversized_still_as_its_problem()
    {
        var info = new MediaInspector().InspectImage(Oversize("claims.webp"));

        Assert.StartsWith("is too large: it is 60000x60000 pixels;", info.Problem);
    }

    private string Oversize(string name)
    {
        var path = folder.File(name);
        switch (name)
        {
            case "claims.png":
                PngFiles.WriteHeaderOnly(path, 60_000, 60_000);
                break;
            case "claims.jpg":
                OversizedPictures.WriteJpeg(path, 60_000, 60_000);
                break;
            case "claims.webp":
                OversizedPictures.WriteWebP(path, 60_000, 60_000);
                break;
            default:
                PngFiles.WriteFlatGrey(path, 20_000, 20_000);
                break;
        }
        return path;
    }
}
