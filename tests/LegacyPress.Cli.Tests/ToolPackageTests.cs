using System.IO.Compression;
using LegacyPress.Cli.Tests.Support;

namespace LegacyPress.Cli.Tests;

/// <summary>
/// The tool as it ships: <c>dotnet pack</c> from the sources, installed with <c>dotnet tool install</c> and run outside
/// the repository. Packing takes a minute or two, once for the class; <c>--filter Category!=Packaging</c> leaves it out
/// of a quick local run, and CI runs it with everything else.
/// </summary>
[Trait("Category", "Packaging")]
public sealed class ToolPackageTests(InstalledTool tool) : IClassFixture<InstalledTool>
{
    /// <summary>The package a linux-x64 machine installs, which the install above used.</summary>
    private ZipArchive OpenLinuxX64() => ZipFile.OpenRead(Path.Combine(tool.Packages, $"LegacyPress.linux-x64.{tool.Version}.nupkg"));

    /// <summary>A runtimes/ folder (a portable tool's every-platform natives), a macOS library, or a Windows native library or its debug file.</summary>
    private static bool IsAnotherPlatformsNativeFile(string entry)
    {
        var name = Path.GetFileName(entry);
        return entry.Contains("/runtimes/", StringComparison.Ordinal)
            || name.EndsWith(".dylib", StringComparison.Ordinal)
            || (name.StartsWith("lib", StringComparison.Ordinal) && (name.EndsWith(".dll", StringComparison.Ordinal) || name.EndsWith(".pdb", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_pointer_package_names_one_package_per_linux_architecture()
    {
        using var pointer = ZipFile.OpenRead(Path.Combine(tool.Packages, $"LegacyPress.{tool.Version}.nupkg"));
        using var settings = new StreamReader(pointer.GetEntry("tools/any/any/DotnetToolSettings.xml")!.Open());
        var xml = settings.ReadToEnd();

        Assert.Contains("RuntimeIdentifier=\"linux-x64\" Id=\"LegacyPress.linux-x64\"", xml);
        Assert.Contains("RuntimeIdentifier=\"linux-arm64\" Id=\"LegacyPress.linux-arm64\"", xml);
        Assert.True(File.Exists(Path.Combine(tool.Packages, $"LegacyPress.linux-arm64.{tool.Version}.nupkg")));
    }

    [Fact]
    public void The_package_holds_its_own_native_libraries_the_templates_the_sample_without_its_cache_and_the_schema()
    {
        using var package = OpenLinuxX64();
        const string root = "tools/net10.0/linux-x64/";
        var names = package.Entries.Select(e => e.FullName).ToList();

        Assert.Contains(root + "libSkiaSharp.so", names);
        Assert.Contains(root + "libHarfBuzzSharp.so", names);
        Assert.Contains(root + "schema/film.schema.json", names);
        Assert.Contains(root + "samples/legacy/film.yaml", names);
        Assert.Contains(root + "samples/legacy/music/score.ogg", names);
        Assert.Contains(names, n => n.StartsWith(root + "templates/fonts/", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith(root + "templates/promo/", StringComparison.Ordinal));
        // Another platform's native library, or its debug files, would be dead weight (they were 190 MB of 221).
        Assert.DoesNotContain(names, IsAnotherPlatformsNativeFile);
        Assert.DoesNotContain(names, n => n.Contains("/.legacypress/", StringComparison.Ordinal) || n.EndsWith(".wav", StringComparison.Ordinal));
        // Each file once: a file packed twice (NU5118) would fail the pack, and duplicates would show here.
        Assert.Equal(names.Count, names.Distinct().Count());
        var megabytes = new FileInfo(Path.Combine(tool.Packages, $"LegacyPress.linux-x64.{tool.Version}.nupkg")).Length / 1e6;
        Assert.InRange(megabytes, 5, 40);
    }

    [Fact]
    public async Task The_installed_tool_starts_checks_and_renders_a_film_outside_the_repository()
    {
        var created = await tool.RunAsync("new", "film");
        Assert.True(created.Exit == 0, created.Out + created.Error);
        Assert.True(File.Exists(Path.Combine(tool.WorkFolder, "film", "film.schema.json")), "the schema comes from the installed tool's folder");

        var check = await tool.RunAsync("check", "film");
        Assert.True(check.Exit == 0, check.Out + check.Error);

        var render = await tool.RunAsync(PreviewRender.Arguments("film", "out"));
        Assert.True(render.Exit == 0, render.Out + render.Error);
        PreviewRender.AssertVideo(Path.Combine(tool.WorkFolder, "out"));
    }

    [Fact]
    public async Task The_installed_tool_copies_the_sample_it_carries()
    {
        var created = await tool.RunAsync("new", "sample", "--sample");
        Assert.True(created.Exit == 0, created.Out + created.Error);

        var check = await tool.RunAsync("check", "sample");
        Assert.True(check.Exit == 0, check.Out + check.Error);
        Assert.Contains("14 shots", check.Out);
    }
}
