using System.Runtime.ExceptionServices;
using LegacyPress.Core.Files;
using System.Diagnostics;
using System.Text.Json;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Output;
using LegacyPress.Promo.Platforms;
using LegacyPress.Promo.Templates;
using LegacyPress.Promo.Text;
using LegacyPress.Render.Films;

namespace LegacyPress.Promo.Campaign;

/// <summary>
/// Makes a film's whole campaign in one pass: reads settings and templates, checks every layer and text against
/// the film (all problems at once, nothing written), then draws each asset, writes it in its platform's formats
/// and limits, writes the texts, <c>promo.json</c> (with the layers that did not fit as asked) and the
/// <c>index.html</c> gallery.
/// </summary>
public static class PromoCampaign
{
    public const string TextFolder = "text";
    public const string ManifestFile = "promo.json";
    public const string GalleryFile = "index.html";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    // Layer checks look up shots and files; only drawing asks for film frames, and a check draws nothing.
    private static readonly FrameDrawerFactory NoFrames = (_, _, _) => throw new InvalidOperationException("a promo check draws no film frames");

    public static PromoReport Run(PromoRequest request, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        using var prepared = CampaignPreparation.Prepare(request.Film, request.Timeline, request.TemplatesRoot, request.Only, request.Frames, request.DisplayPath);
        if (prepared.Problems.Count > 0)
        {
            return new PromoReport([], [], prepared.Problems, clock.Elapsed.TotalSeconds);
        }
        var (services, chosen, texts) = (prepared.Services, prepared.Templates, prepared.Texts);

        var cache = request.Incremental is { } incremental ? new PromoAssetCache(incremental, prepared.Folders.BuiltInFonts, request.OutputDirectory) : null;
        var files = new List<PromoFile>();
        var kept = new List<string>();
        // Two at a time: the machine's cores are shared, and the print poster alone is ~100 megapixels.
        var options = new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellation };
        try
        {
            Parallel.ForEach(chosen.OrderByDescending(t => (long)t.Platform.Canvas.Width * t.Platform.Canvas.Height), options, template =>
            {
                IReadOnlyList<PromoFile> Draw() => WriteAsset(template, services, request.OutputDirectory, request.Streams, cancellation);
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
        }
        catch (AggregateException e)
        {
            // The first asset's failure as itself (a PromoException, a full disk's OutputWriteException), so callers can
            // tell the user's problems from bugs; with two assets at a time the other one usually failed the same way.
            ExceptionDispatchInfo.Throw(e.Flatten().InnerExceptions[0]);
        }
        var textFiles = texts.Select(t => WriteText(t, request.OutputDirectory, request.Streams)).ToList();
        var ordered = files.OrderBy(f => f.Asset, StringComparer.Ordinal).ThenBy(f => f.Format, StringComparer.Ordinal).ToList();
        var warnings = FitCheck.Of(chosen, services);
        var report = new PromoReport(ordered, textFiles, [], clock.Elapsed.TotalSeconds) { KeptAssets = kept.Order(StringComparer.Ordinal).ToList(), Warnings = warnings };
        var manifest = new PromoManifest(request.Film.Metadata.Title, ordered, textFiles) { Problems = warnings };
        WriteAtomically(Path.Combine(request.OutputDirectory, ManifestFile), JsonSerializer.Serialize(manifest, Json), request.Streams);
        WriteAtomically(Path.Combine(request.OutputDirectory, GalleryFile), Gallery.Html(request.Film.Metadata.Title, ordered, textFiles, request.OutputDirectory), request.Streams);
        return report;
    }

    /// <summary>
    /// Every problem that would stop <see cref="Run"/> for all assets: settings, layout templates of the project and
    /// the tool, text templates and every layer against the film. Reads and renders texts but draws nothing.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(Film film, Timeline timeline, string templatesRoot, Func<string, string> displayPath)
    {
        using var prepared = CampaignPreparation.Prepare(film, timeline, templatesRoot, null, NoFrames, displayPath);
        return prepared.Problems;
    }

    private static IReadOnlyList<PromoFile> WriteAsset(PromoTemplate template, PromoServices services, string folder, OutputStreamFactory? streams, CancellationToken cancellation)
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
                    ? RasterWriter.WritePng(image, platform.DotsPerInch, path, streams)
                    : RasterWriter.WriteJpeg(image, platform.DotsPerInch, platform.MaxBytes, path, streams);
                written.Add(Describe(template, format, path, bytes, quality));
            }
        }
        if (platform.Formats.Contains(AssetFormat.Pdf))
        {
            var path = Path.Combine(folder, template.Name + AssetFormats.Extension(AssetFormat.Pdf));
            var bytes = PrintPdfWriter.Write(template, services, path, streams, cancellation);
            written.Add(Describe(template, AssetFormat.Pdf, path, bytes, null));
        }
        return written;
    }

    private static PromoFile Describe(PromoTemplate template, AssetFormat format, string path, long bytes, int? quality) =>
        new(template.Name, template.Platform.Platform, template.Platform.Purpose, format.ToString().ToLowerInvariant(), path,
            template.Platform.Canvas.Width, template.Platform.Canvas.Height, template.Platform.DotsPerInch, bytes, quality, template.Platform.MaxBytes);

    private static PromoText WriteText(TextAssetResult result, string folder, OutputStreamFactory? streams)
    {
        var path = Path.Combine(folder, TextFolder, result.Spec.OutputFileName);
        WriteAtomically(path, result.Text! + "\n", streams);
        return new PromoText(result.Spec.Name, result.Spec.Platform, result.Spec.Purpose, path,
            TextCounters.Characters(result.Text!), TextCounters.Utf8Bytes(result.Text!), result.Truncated, result.Text!);
    }

    // A text that came out the same is left alone, so an unchanged asset keeps its file's date.
    private static void WriteAtomically(string path, string content, OutputStreamFactory? streams)
    {
        if (File.Exists(path) && File.ReadAllText(path) == content)
        {
            return;
        }
        OutputFile.WriteAllText(path, content, streams: streams);
    }
}
