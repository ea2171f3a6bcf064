using System.Globalization;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Files;
using LegacyPress.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Loading;

/// <summary>
/// Reads film.yaml into the immutable <see cref="Film"/> model, applying defaults and checking every
/// field and every file it names. All problems are collected; the film is returned only if there are none.
/// </summary>
public sealed class FilmLoader(IMediaInspector media)
{
    public const string FileName = "film.yaml";

    /// <summary>Loads a project from its folder (or its film.yaml). <paramref name="displayPath"/> is how messages name the file.</summary>
    public LoadResult Load(string projectPath, string? displayPath = null, FilmLoadOptions? options = null)
    {
        var file = Directory.Exists(projectPath) ? Path.Combine(projectPath, FileName) : projectPath;
        var directory = Path.GetDirectoryName(Path.GetFullPath(file))!;
        displayPath ??= file;
        var bag = new DiagnosticBag();
        if (!File.Exists(file))
        {
            bag.Add(new SourceLocation(displayPath, 1, 1), $"project file not found (a project is a folder with a {FileName})");
            return new LoadResult(null, bag.ToSortedList());
        }
        if (ProjectPaths.RegularFileProblem(file) is { } notRegular)
        {
            bag.Add(new SourceLocation(displayPath, 1, 1), $"{FileName} {notRegular}");
            return new LoadResult(null, bag.ToSortedList());
        }
        if (new FileInfo(file).Length > BoundedYaml.MaxBytes)
        {
            bag.Add(new SourceLocation(displayPath, 1, 1), $"the file is {new FileInfo(file).Length / (1024 * 1024)} MiB; a YAML file may be at most {BoundedYaml.MaxBytes / (1024 * 1024)} MiB (see docs/limits.md)");
            return new LoadResult(null, bag.ToSortedList());
        }
        var text = ProjectText.Read(file);
        if (text.Problem is { } invalid)
        {
            bag.Add(new SourceLocation(displayPath, invalid.Line, invalid.Column), invalid.Message);
            return new LoadResult(null, bag.ToSortedList());
        }

        var context = new YamlContext(displayPath, bag);
        YamlNode? root;
        try
        {
            root = BoundedYaml.LoadRoot(text.Text!);
        }
        catch (YamlLimitException e)
        {
            bag.Add(new SourceLocation(displayPath, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column)), e.Message);
            return new LoadResult(null, bag.ToSortedList());
        }
        catch (YamlException e)
        {
            var message = TrimYamlMessage(e.InnerException?.Message ?? e.Message);
            bag.Add(new SourceLocation(displayPath, (int)e.Start.Line, (int)e.Start.Column), DescribeYamlError(message));
            return new LoadResult(null, bag.ToSortedList());
        }

        if (root is not YamlMappingNode rootMap)
        {
            bag.Add(new SourceLocation(displayPath, 1, 1), "film.yaml must be a mapping with at least 'schema', 'title' and 'acts'");
            return new LoadResult(null, bag.ToSortedList());
        }

        var film = new FilmReader(context, directory, file, media, options ?? FilmLoadOptions.Default).Read(new MappingReader(context, rootMap, "film"));
        if (ProjectPaths.CacheFolderProblem(directory) is { } cache)
        {
            bag.Add(new SourceLocation(displayPath, 1, 1), cache);
        }
        var diagnostics = bag.ToSortedList();
        return new LoadResult(diagnostics.Count == 0 ? film : null, diagnostics) { Draft = film };
    }

    private static string TrimYamlMessage(string message)
    {
        // YamlDotNet prefixes "(Line: a, Col: b, Idx: c) - (…): "; the location is already in front.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        message = cut >= 0 ? message[(cut + 3)..] : message;
        message = message.Trim().TrimEnd('.');
        return message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..] : message;
    }

    private static string DescribeYamlError(string message)
    {
        // The YAML tree cannot hold a key twice, so the parser stops there; say it the way the rest of our messages do.
        const string duplicate = "duplicate key ";
        return message.StartsWith(duplicate, StringComparison.Ordinal)
            ? $"key '{message[duplicate.Length..]}' appears twice in the same mapping; keep one"
            : $"not valid YAML: {message}";
    }

    /// <summary>A number as every message shows it: 6.5, or 1E+308 rather than hundreds of digits.</summary>
    public static string Format(double v) => MappingReader.Format(v);
}
