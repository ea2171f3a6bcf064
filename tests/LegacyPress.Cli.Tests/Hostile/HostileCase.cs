using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Cli.Tests.Hostile;

/// <summary>
/// One folder of tests/data/hostile: a project plus <c>case.json</c> (the command, the exit code, the stderr it must
/// show, and setup steps for what git should not hold: stills, sounds, huge PNGs, pipes, links, generated text). It is copied
/// to <c>&lt;root&gt;/project</c> beside an empty <c>&lt;root&gt;/out</c> and a sentinel <c>&lt;root&gt;/outside</c>.
/// </summary>
public sealed class HostileCase : IDisposable
{
    public const string CaseFile = "case.json";

    private readonly HashSet<string> specialFiles = new(StringComparer.Ordinal);

    private HostileCase(string name)
    {
        Name = name;
        var source = Path.Combine(CorpusDirectory, name);
        Spec = JsonSerializer.Deserialize<HostileSpec>(File.ReadAllText(Path.Combine(source, CaseFile)), JsonOptions)
            ?? throw new InvalidOperationException($"{name}/{CaseFile} is empty");
        Root = Path.Combine(Path.GetTempPath(), $"legacypress-hostile-{name}-{Guid.NewGuid():N}"[..60]);
        Project = Path.Combine(Root, "project");
        Out = Directory.CreateDirectory(Path.Combine(Root, "out")).FullName;
        Outside = Directory.CreateDirectory(Path.Combine(Root, "outside")).FullName;
        CopyTree(source, Project);
        foreach (var step in Spec.Setup)
        {
            Apply(step);
        }
    }

    public string Name { get; }

    public HostileSpec Spec { get; }

    /// <summary>The temp folder holding project, out and outside; the CLI runs with it as working folder.</summary>
    public string Root { get; }

    public string Project { get; }

    public string Out { get; }

    public string Outside { get; }

    public static string CorpusDirectory { get; } = Path.Combine(RepositoryFiles.Root, "tests", "data", "hostile");

    public static IReadOnlyList<string> Names =>
        Directory.EnumerateDirectories(CorpusDirectory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names)
        {
            data.Add(name);
        }
        return data;
    }

    public static HostileCase Open(string name) => new(name);

    public static HostileSpec Read(string name) =>
        JsonSerializer.Deserialize<HostileSpec>(File.ReadAllText(Path.Combine(CorpusDirectory, name, CaseFile)), JsonOptions)!;

    private static JsonSerializerOptions JsonOptions { get; } = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The arguments with {project}, {out} and {outside} replaced.</summary>
    public IReadOnlyList<string> Arguments => Spec.Args.Select(Expand).ToList();

    public string Expand(string text) => text.Replace("{project}", Project, StringComparison.Ordinal)
        .Replace("{outside}", Outside, StringComparison.Ordinal)
        .Replace("{out}", Out, StringComparison.Ordinal);

    /// <summary>Every entry under <paramref name="folder"/>: regular files by content hash, links by target, others by kind.</summary>
    public IReadOnlyDictionary<string, string> Snapshot(string folder)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return entries;
        }
        foreach (var info in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(folder, info.FullName);
            entries[relative] = info switch
            {
                _ when info.LinkTarget is { } target => "link " + target,
                DirectoryInfo => "dir",
                _ when specialFiles.Contains(info.FullName) => "special",
                FileInfo file => "file " + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file.FullName))),
                _ => "other",
            };
        }
        return entries;
    }

    /// <summary>The temp root's own entries other than project, out and outside (each entry and anything under it).</summary>
    public IReadOnlyList<string> StrayEntries() =>
        Directory.EnumerateFileSystemEntries(Root).Select(Path.GetFileName).OfType<string>()
            .Where(n => n is not ("project" or "out" or "outside")).Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void Apply(HostileSetup step)
    {
        if (step.Still is { } still)
        {
            TestStills.Write(PathOf(still), SKColors.SteelBlue, step.Width ?? 320, step.Height ?? 200);
        }
        else if (step.Wav is { } wav)
        {
            TestSounds.WriteSineWav(PathOf(wav), step.Seconds ?? throw Missing("seconds"), step.FormatTag ?? TestSounds.Pcm);
        }
        else if (step.PngHeader is { } header)
        {
            PngFiles.WriteHeaderOnly(PathOf(header), step.Width ?? throw Missing("width"), step.Height ?? throw Missing("height"));
        }
        else if (step.FlatPng is { } flat)
        {
            PngFiles.WriteFlatGrey(PathOf(flat), step.Width ?? throw Missing("width"), step.Height ?? throw Missing("height"));
        }
        else if (step.JpegHeader is { } jpeg)
        {
            OversizedPictures.WriteJpeg(PathOf(jpeg), step.Width ?? throw Missing("width"), step.Height ?? throw Missing("height"));
        }
        else if (step.WebPHeader is { } webp)
        {
            OversizedPictures.WriteWebP(PathOf(webp), step.Width ?? throw Missing("width"), step.Height ?? throw Missing("height"));
        }
        else if (step.Fifo is { } fifo)
        {
            var path = PathOf(fifo);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var mkfifo = Process.Start("mkfifo", [path]);
            mkfifo.WaitForExit();
            if (mkfifo.ExitCode != 0)
            {
                throw new InvalidOperationException($"mkfifo {path} failed");
            }
            specialFiles.Add(path);
        }
        else if (step.Symlink is { } link)
        {
            var path = PathOf(link);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Delete(path);
            File.CreateSymbolicLink(path, Expand(step.To ?? throw Missing("to")));
        }
        else if (step.Write is { } write)
        {
            var path = PathOf(write);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = new StringBuilder(step.Text is null ? "" : Expand(step.Text));
            foreach (var part in step.Parts ?? [])
            {
                text.Insert(text.Length, part.Text, part.Repeat ?? 1);
            }
            File.WriteAllText(path, text.ToString());
        }
        else
        {
            throw new InvalidOperationException($"{Name}/{CaseFile}: a setup step names no known action");
        }
    }

    private InvalidOperationException Missing(string field) => new($"{Name}/{CaseFile}: a setup step needs '{field}'");

    /// <summary>A setup path: relative ones are inside the project copy.</summary>
    private string PathOf(string path)
    {
        var expanded = Expand(path);
        return Path.GetFullPath(Path.IsPathRooted(expanded) ? expanded : Path.Combine(Project, expanded));
    }

    private static void CopyTree(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var dir in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, dir)));
        }
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative != CaseFile)
            {
                File.Copy(file, Path.Combine(target, relative));
            }
        }
    }
}

/// <summary>case.json: which class of issue 13 it belongs to, what to run and what must be seen.</summary>
public sealed record HostileSpec
{
    public int Class { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<string> Args { get; init; } = [];

    public int Exit { get; init; }

    /// <summary>Substrings stderr must contain (ordinal).</summary>
    public IReadOnlyList<string> Stderr { get; init; } = [];

    /// <summary>Substrings stdout must contain (ordinal).</summary>
    public IReadOnlyList<string> Stdout { get; init; } = [];

    /// <summary>Files or folders ({out}/…, {project}/…) that must end byte-identical, besides {outside}.</summary>
    public IReadOnlyList<string> Unchanged { get; init; } = [];

    /// <summary>Files ({out}/…, {project}/…) that must not be there after the run: what a killed run left, for instance.</summary>
    public IReadOnlyList<string> Gone { get; init; } = [];

    public IReadOnlyList<HostileSetup> Setup { get; init; } = [];

    /// <summary>Videos the run must have written, as ffprobe sees them (what was made, not what was reported).</summary>
    public IReadOnlyList<HostileProbe> Probe { get; init; } = [];

    /// <summary>Text files the run must have written, and what they must and must not say.</summary>
    public IReadOnlyList<HostileFileText> FileContains { get; init; } = [];
}

/// <summary>A video of case.json's <c>probe</c>: its frame size and, when given, its stream's frame rate ("24/1") and frame count.</summary>
public sealed record HostileProbe(string File, int Width, int Height)
{
    public string? FrameRate { get; init; }

    public int? Frames { get; init; }
}

/// <summary>A text file of case.json's <c>fileContains</c>: substrings it must contain and substrings it must lack (ordinal).</summary>
public sealed record HostileFileText(string File)
{
    public IReadOnlyList<string> Contains { get; init; } = [];

    public IReadOnlyList<string> Lacks { get; init; } = [];
}

/// <summary>One setup action of case.json; exactly one of the action fields is set.</summary>
public sealed record HostileSetup
{
    /// <summary>A small PNG still (width × height, default 320 × 200).</summary>
    public string? Still { get; init; }

    /// <summary>A sine WAV of <see cref="Seconds"/> (48 kHz, 16-bit), PCM unless <see cref="FormatTag"/> names another codec.</summary>
    public string? Wav { get; init; }

    public double? Seconds { get; init; }

    /// <summary>The WAV header's format tag: 1 is PCM; an unknown one (4660) passes ffprobe and no decoder takes it.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("format-tag")]
    public short? FormatTag { get; init; }

    /// <summary>A PNG whose header claims width × height, with no real pixels.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("png-header")]
    public string? PngHeader { get; init; }

    /// <summary>A real, decodable grey PNG of width × height, streamed (small on disk).</summary>
    [System.Text.Json.Serialization.JsonPropertyName("flat-png")]
    public string? FlatPng { get; init; }

    /// <summary>A small real JPEG whose frame header claims width × height.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("jpeg-header")]
    public string? JpegHeader { get; init; }

    /// <summary>A small real WebP whose extended (VP8X) header claims width × height.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("webp-header")]
    public string? WebPHeader { get; init; }

    /// <summary>A named pipe.</summary>
    public string? Fifo { get; init; }

    /// <summary>A symbolic link to <see cref="To"/>.</summary>
    public string? Symlink { get; init; }

    public string? To { get; init; }

    /// <summary>A text file: <see cref="Text"/> then each of <see cref="Parts"/> repeated.</summary>
    public string? Write { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<HostileTextPart>? Parts { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }
}

/// <summary>A piece of generated text: <see cref="Text"/> written <see cref="Repeat"/> times.</summary>
public sealed record HostileTextPart(string Text, int? Repeat);
