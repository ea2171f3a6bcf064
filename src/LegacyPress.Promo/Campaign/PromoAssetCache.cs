using System.Text.Json;
using LegacyPress.Core.Release;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Templates;
using LegacyPress.Render.Release;

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
    private readonly Lazy<string> fontsHash;
    private readonly IReadOnlyDictionary<string, List<PromoFile>> previous;

    public PromoAssetCache(PromoIncremental settings, string fontsFolder, string outputDirectory)
    {
        this.settings = settings;
        // Hashed once per run, not once per asset: the bundled fonts are several megabytes.
        fontsHash = new Lazy<string>(() => FingerprintInput.Folder("fonts", fontsFolder).Hash());
        previous = PreviousFiles(Path.Combine(outputDirectory, PromoCampaign.ManifestFile));
    }

    /// <summary>The hash of everything <paramref name="template"/>'s asset reads.</summary>
    public Fingerprint FingerprintOf(PromoTemplate template, PromoServices services)
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
        return Fingerprint.Of(inputs);
    }

    /// <summary>The files the asset wrote last time, when its inputs and files are unchanged; null when it must be drawn.</summary>
    public IReadOnlyList<PromoFile>? Kept(PromoTemplate template, Fingerprint fingerprint, string outputDirectory)
    {
        var paths = Paths(template, outputDirectory);
        if (settings.RedrawAll || !previous.TryGetValue(template.Name, out var files) || !settings.Steps.IsFresh(StepName(template), fingerprint, paths))
        {
            return null;
        }
        return files.Select(f => Path.GetFullPath(f.Path)).Order(StringComparer.Ordinal).SequenceEqual(paths.Order(StringComparer.Ordinal), StringComparer.Ordinal) ? files : null;
    }

    /// <summary>Remembers an asset just written.</summary>
    public void Record(PromoTemplate template, Fingerprint fingerprint, string outputDirectory) =>
        settings.Steps.Record(StepName(template), fingerprint, Paths(template, outputDirectory));

    private static List<string> Paths(PromoTemplate template, string outputDirectory) =>
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
