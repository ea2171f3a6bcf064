using System.Text.Json;
using LegacyPress.Core.Files;
using LegacyPress.Core.Model;
using LegacyPress.Render.Encoding;
using LegacyPress.Release.Manifest;
using LegacyPress.TestSupport;

namespace LegacyPress.Release.Tests.Manifest;

public sealed class ReleaseManifestTests
{
    [Fact]
    public async Task Manifest_lists_every_file_with_its_hash_and_probes_media()
    {
        using var folder = new TempFolder();
        var release = Directory.CreateDirectory(folder.File("1.0.0")).FullName;
        await new EncodingPipeline(drawingThreads: 1).EncodeAsync(new MovingGradientDrawer(160, 90, 30, 30), FrameRange.All(30), new X264Settings(X264Preset.Ultrafast, 30), Path.Combine(release, "film.mp4"));
        Directory.CreateDirectory(Path.Combine(release, "promo"));
        File.WriteAllText(Path.Combine(release, "promo", "description.txt"), "Some inheritances are measured in worlds.");
        var metadata = new FilmMetadata("Legacy", null, null, null, "1.0.0", null, "en", [], [], null, []);

        var manifest = await ReleaseManifestWriter.WriteAsync(release, metadata, OutputFile.OnDisk, CancellationToken.None);

        Assert.Equal(["film.mp4", "promo/description.txt"], manifest.Files.Select(f => f.Path));
        var text = manifest.Files[1];
        Assert.Equal(41, text.Bytes);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("Some inheritances are measured in worlds."u8.ToArray())), text.Sha256);
        Assert.Null(text.Media);
        var film = manifest.Files[0].Media!;
        Assert.Equal((160, 90, 30), (film.WidthPixels, film.HeightPixels, film.Frames));
        Assert.Equal(1.0, film.DurationSeconds!.Value, 2);

        using var written = JsonDocument.Parse(File.ReadAllText(Path.Combine(release, ReleaseManifest.FileName)));
        Assert.Equal("1.0.0", written.RootElement.GetProperty("version").GetString());
        Assert.Equal(2, written.RootElement.GetProperty("files").GetArrayLength());
    }

    [Fact]
    public async Task Unchanged_media_keeps_its_measurement_and_changed_media_is_measured_again()
    {
        using var folder = new TempFolder();
        var release = Directory.CreateDirectory(folder.File("1.0.0")).FullName;
        var clip = Path.Combine(release, "clip.mp4");
        await new EncodingPipeline(drawingThreads: 1).EncodeAsync(new MovingGradientDrawer(160, 90, 30, 30), FrameRange.All(30), new X264Settings(X264Preset.Ultrafast, 30), clip);
        var metadata = new FilmMetadata("Legacy", null, null, null, "1.0.0", null, "en", [], [], null, []);
        await ReleaseManifestWriter.WriteAsync(release, metadata, OutputFile.OnDisk, CancellationToken.None);
        // Plant a measurement ffprobe would never give: kept only if the writer trusts the previous manifest for the same bytes.
        var manifestPath = Path.Combine(release, ReleaseManifest.FileName);
        File.WriteAllText(manifestPath, File.ReadAllText(manifestPath).Replace("\"widthPixels\": 160", "\"widthPixels\": 161", StringComparison.Ordinal));

        var again = await ReleaseManifestWriter.WriteAsync(release, metadata, OutputFile.OnDisk, CancellationToken.None);
        Assert.Equal(161, again.Files.Single().Media!.WidthPixels);

        await new EncodingPipeline(drawingThreads: 1).EncodeAsync(new MovingGradientDrawer(160, 90, 30, 15), FrameRange.All(15), new X264Settings(X264Preset.Ultrafast, 30), clip);
        var changed = await ReleaseManifestWriter.WriteAsync(release, metadata, OutputFile.OnDisk, CancellationToken.None);
        Assert.Equal((160, 15), (changed.Files.Single().Media!.WidthPixels, changed.Files.Single().Media!.Frames));
    }
}
