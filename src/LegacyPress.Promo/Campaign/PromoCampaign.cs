using LegacyPress.Core.Files;
using System.Diagnostics;
using System.Text.Json;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Output;
using LegacyPress.Promo.Platforms;
using LegacyPress.Promo.Templates;
using LegacyPress.Promo.Text;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Text;

namespace LegacyPress.Promo.Campaign;

/// <summary>
/// Makes a film's whole campaign in one pass: reads settings and templates, checks every layer and text against
/// the film (all problems at once, nothing written), then draws each asset, writes it in its platform's formats
/// and limits, writes the texts, <c>promo.json</c> and the <c>index.html</c> gallery.
/// </summary>
public static class PromoCampaign
{
    public const string TextFolder = "text";
    public const string ManifestFile = "promo.json";
    public const string GalleryFile = "index.html";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static PromoReport Run(PromoRequest request, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var problems = new List<Diagnostic>();
        var (settings, settingProblems) = PromoSettings.From(request.Film);
        problems.AddRange(settingProblems);
        var folders = new TemplateFolders(request.TemplatesRoot, request.Film.Project.Directory);
        var (templates, templateProblems) = TemplateCatalog.Load(folders, request.DisplayPath);
        problems.AddRange(templateProblems);

        var textSpecs = TextAssetSpecs.All.Where(s => Wanted(request, s.Name)).ToList();
        var chosen = templates.Where(t => Wanted(request, t.Name)).ToList();
        if (request.Only is { } only)
        {
            var known = templates.Select(t => t.Name).Concat(TextAssetSpecs.All.Select(s => s.Name)).ToList();
            foreach (var name in only.Where(n => !known.Contains(n) && n != TextFolder))
            {
                problems.Add(new Diagnostic(new SourceLocation(request.DisplayPath(request.Film.Project.FilePath), 1, 1),
                    $"--only: no asset named '{name}'{DidYouMean.Hint(name, known)} (known: {string.Join(", ", known)})"));
            }
        }

        var variables = FilmVariables.Build(request.Film, request.Timeline, settings);
        var liquid = new LiquidTemplates();
        var texts = new TextCampaign(liquid, folders, request.DisplayPath).Render(variables, textSpecs);
        problems.AddRange(texts.SelectMany(t => t.Problems));

        using var fonts = new FontLibrary(folders.BuiltInFonts);
        using var shaper = new TextShaper(fonts);
        using var services = new PromoServices(request.Film, request.Timeline, settings, variables, liquid, new PromoImages(request.Film, request.Timeline, request.Frames), shaper);
        problems.AddRange(chosen.SelectMany(t => t.Layers).SelectMany(l => l.Check(services)));
        if (problems.Count > 0)
        {
            return new PromoReport([], [], problems.Distinct().OrderBy(p => p.Location.File, StringComparer.Ordinal).ThenBy(p => p.Location.Line).ToList(), clock.Elapsed.TotalSeconds);
        }

        var cache = request.Incremental is { } incremental ? new PromoAssetCache(incremental, folders.BuiltInFonts, request.OutputDirectory) : null;
        var files = new List<PromoFile>();
        var kept = new List<string>();
        // Two at a time: the machine's cores are shared, and the print poster alone is ~100 megapixels.
        var options = new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellation };
        Parallel.ForEach(chosen.OrderByDescending(t => (long)t.Platform.Canvas.Width * t.Platform.Canvas.Height), options, template =>
        {
            IReadOnlyList<PromoFile> Draw() => WriteAsset(template, services, request.OutputDirectory, cancellation);
            var (written, wasKept) = cache is null ? (Draw(), false) : cache.KeepOrDraw(template, services, Draw);
            lock (files)
            {
                files.AddRange(written);
                if (wasKept)
                {
                    kept.Add(template.Name);
                }
            }
        });
        var textFiles = texts.Select(t => WriteText(t, request.OutputDirectory)).ToList();
        var ordered = files.OrderBy(f => f.Asset, StringComparer.Ordinal).ThenBy(f => f.Format, StringComparer.Ordinal).ToList();
        var report = new PromoReport(ordered, textFiles, [], clock.Elapsed.TotalSeconds) { KeptAssets = kept.Order(StringComparer.Ordinal).ToList() };
        WriteAtomically(Path.Combine(request.OutputDirectory, ManifestFile), JsonSerializer.Serialize(new PromoManifest(request.Film.Metadata.Title, ordered, textFiles), Json));
        WriteAtomically(Path.Combine(request.OutputDirectory, GalleryFile), Gallery.Html(request.Film.Metadata.Title, ordered, textFiles, request.OutputDirectory));
        return report;
    }

    private static bool Wanted(PromoRequest request, string name) => request.Only is null || request.Only.Contains(name) || (request.Only.Contains(TextFolder) && TextAssetSpecs.Find(name) is not null);

    private static IReadOnlyList<PromoFile> WriteAsset(PromoTemplate template, PromoServices services, string folder, CancellationToken cancellation)
    {
        var platform = template.Platform;
        var written = new List<PromoFile>();
        var rasterFormats = platform.Formats.Where(f => f != AssetFormat.Pdf).ToList();
        if (rasterFormats.Count > 0)
        {
            using var image = AssetPainter.Raster(template, services, cancellation);
            foreach (var format in rasterFormats)
            {
                var path = Path.Combine(folder, template.Name + AssetFormats.Extension(format));
                var (bytes, quality) = format == AssetFormat.Png
                    ? RasterWriter.WritePng(image, platform.DotsPerInch, path)
                    : RasterWriter.WriteJpeg(image, platform.DotsPerInch, platform.MaxBytes, path);
                written.Add(Describe(template, format, path, bytes, quality));
            }
        }
        if (platform.Formats.Contains(AssetFormat.Pdf))
        {
            var path = Path.Combine(folder, template.Name + AssetFormats.Extension(AssetFormat.Pdf));
            var bytes = PrintPdfWriter.Write(template, services, path, cancellation);
            written.Add(Describe(template, AssetFormat.Pdf, path, bytes, null));
        }
        return written;
    }

    private static PromoFile Describe(PromoTemplate template, AssetFormat format, string path, long bytes, int? quality) =>
        new(template.Name, template.Platform.Platform, template.Platform.Purpose, format.ToString().ToLowerInvariant(), path,
            template.Platform.Canvas.Width, template.Platform.Canvas.Height, template.Platform.DotsPerInch, bytes, quality, template.Platform.MaxBytes);

    private static PromoText WriteText(TextAssetResult result, string folder)
    {
        var path = Path.Combine(folder, TextFolder, result.Spec.OutputFileName);
        WriteAtomically(path, result.Text! + "\n");
        return new PromoText(result.Spec.Name, result.Spec.Platform, result.Spec.Purpose, path,
            TextCounters.Characters(result.Text!), TextCounters.Utf8Bytes(result.Text!), result.Truncated, result.Text!);
    }

    // A text that came out the same is left alone, so an unchanged asset keeps its file's date.
    private static void WriteAtomically(string path, string content)
    {
        if (File.Exists(path) && File.ReadAllText(path) == content)
        {
            return;
        }
        OutputFile.WriteAllText(path, content);
    }
}
