using System.Text.Json;
using LegacyPress.Core.Release;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Templates;

namespace LegacyPress.Promo.Campaign;

/// <summary>
/// Per-asset incremental promo: each asset's fingerprint is its template, the tool, the fonts and exactly what its
/// layers read (the texts they set, the stills they show with their focus points). An asset whose fingerprint
/// is unchanged and whose files are still as written is kept untouched — so changing one shot's motion or
/// narration redraws no poster, and changing the key art's still redraws only the assets that show it.
/// Records live in the release's <see cref="StepCache"/> as steps <c>promo.&lt;asset&gt;</c>.
/// </summary>
public sealed class PromoAssetCache
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly PromoIncremental settings;
    private readonly string outputDirectory;
    private readonly Lazy<string> fontsHash;
    private readonly IReadOnlyDictionary<string, List<PromoFile>> previous;

    public PromoAssetCache(PromoIncremental settings, string fontsFolder, string outputDirectory)
    {
        this.settings = settings;
        this.outputDirectory = outputDirectory;
        // Hashed once per run, not once per asset: the bundled fonts are several megabytes.
        fontsHash = new Lazy<string>(() => FingerprintInput.Folder("fonts", fontsFolder).Hash(settings.Hashes));
        previous = PreviousFiles(Path.Combine(outputDirectory, PromoCampaign.ManifestFile));
    }

    /// <summary>
    /// The asset's files as written last time when nothing it reads changed (<c>Kept</c> true); otherwise what
    /// <paramref name="draw"/> writes, recorded for the next run.
    /// </summary>
    public (IReadOnlyList<PromoFile> Files, bool Kept) KeepOrDraw(PromoTemplate template, PromoServices services, Func<IReadOnlyList<PromoFile>> draw)
    {
        var fingerprint = FingerprintOf(template, services);
        var paths = Paths(template);
        if (!settings.RedrawAll && previous.TryGetValue(template.Name, out var files) && settings.Steps.IsFresh(StepName(template), fingerprint, paths)
            && files.Select(f => Path.GetFullPath(f.Path)).Order(StringComparer.Ordinal).SequenceEqual(paths.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            return (files, true);
        }
        var written = draw();
        settings.Steps.Record(StepName(template), fingerprint, paths);
        return (written, false);
    }

    /// <summary>The hash of everything <paramref name="template"/>'s asset reads.</summary>
    private Fingerprint FingerprintOf(PromoTemplate template, PromoServices services)
    {
        var inputs = new List<FingerprintInput>
        {
            FingerprintInput.Text("tool", settings.ToolVersion),
            FingerprintInput.Text("fonts", fontsHash.Value),
            FingerprintInput.Value("template", template),
        };
        for (var i = 0; i < template.Layers.Count; i++)
        {
            var layer = template.Layers[i];
            inputs.AddRange(layer.Reads(services, $"layer {i + 1} {layer.Kind}"));
        }
        return Fingerprint.Of(inputs, settings.Hashes);
    }

    private List<string> Paths(PromoTemplate template) =>
        template.OutputFileNames.Select(name => Path.GetFullPath(Path.Combine(outputDirectory, name))).ToList();

    // Step names allow letters, digits, '-', '_' and '.'; a project's template may be named more freely.
    private static string StepName(PromoTemplate template) =>
        "promo." + new string(template.Name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());

    // The last promo.json says what each kept asset's files measured (bytes, JPEG quality) without decoding them.
    private static Dictionary<string, List<PromoFile>> PreviousFiles(string manifest)
    {
        try
        {
            var read = File.Exists(manifest) ? JsonSerializer.Deserialize<PromoManifest>(File.ReadAllText(manifest), Json) : null;
            return (read?.Files ?? []).GroupBy(f => f.Asset, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            // A damaged manifest only costs redrawing.
            return [];
        }
    }
}
