using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Loading;
using LegacyPress.Promo.Layers;
using LegacyPress.Promo.Platforms;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Promo.Templates;

/// <summary>
/// Reads a promo layout template (<c>templates/promo/*.yaml</c>): the platform it targets and its layers, each
/// introduced by its kind key (<c>- image: key-art</c>, <c>- text: "{{ title }}"</c>). Every problem is reported
/// with its file, line and column; the template is returned only when there are none.
/// </summary>
public static class TemplateLoader
{
    public static (PromoTemplate? Template, IReadOnlyList<Diagnostic> Problems) Load(string path, string displayPath)
    {
        try
        {
            return Parse(Path.GetFileNameWithoutExtension(path), BoundedYaml.ReadText(path), displayPath);
        }
        catch (YamlLimitException e)
        {
            return (null, [new Diagnostic(new SourceLocation(displayPath, 1, 1), e.Message)]);
        }
    }

    public static (PromoTemplate? Template, IReadOnlyList<Diagnostic> Problems) Parse(string defaultName, string yaml, string displayPath)
    {
        var bag = new DiagnosticBag();
        var context = new YamlContext(displayPath, bag);
        YamlNode? root;
        try
        {
            root = BoundedYaml.LoadRoot(yaml);
        }
        catch (YamlLimitException e)
        {
            bag.Add(new SourceLocation(displayPath, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column)), e.Message);
            return (null, bag.ToSortedList());
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
            bag.Add(new SourceLocation(displayPath, (int)e.Start.Line, (int)e.Start.Column), $"not valid YAML: {(cut >= 0 ? message[(cut + 3)..] : message).Trim()}");
            return (null, bag.ToSortedList());
        }
        if (root is not YamlMappingNode map)
        {
            bag.Add(new SourceLocation(displayPath, 1, 1), "a promo template must be a mapping with 'platform' and 'layers'");
            return (null, bag.ToSortedList());
        }

        var reader = new MappingReader(context, map, "template");
        var name = reader.Text("name") ?? defaultName;
        // The name is the asset's file name in the output folder (<name>.png): one name, never a path.
        if (reader.Has("name") && PathSegment.Problem(name) is { } badName)
        {
            reader.Error("name", $"'name' {badName}, got '{name}' (it names the asset's files)");
        }
        reader.Text("description");
        var platformId = reader.RequiredText("platform");
        var platform = PlatformSpecs.Find(platformId);
        if (platform is null && platformId.Length > 0)
        {
            reader.Error("platform", $"unknown platform '{platformId}'{DidYouMean.Hint(platformId, PlatformSpecs.Ids)} (known: {string.Join(", ", PlatformSpecs.Ids)})");
        }
        var layers = ReadLayers(context, reader);
        CheckPlacements(layers, bag);
        reader.Finish();

        var problems = bag.ToSortedList();
        return problems.Count == 0 && platform is not null
            ? (new PromoTemplate(name, platform, layers, context.At(map)), problems)
            : (null, problems);
    }

    /// <summary>Movable layers move together, so each lists as many placements; and only type decides where they go.</summary>
    private static void CheckPlacements(IReadOnlyList<PromoLayer> layers, DiagnosticBag bag)
    {
        var movable = layers.Where(l => l.Placements > 1).ToList();
        if (movable.Count == 0)
        {
            return;
        }
        var first = movable[0];
        foreach (var layer in movable.Skip(1).Where(l => l.Placements != first.Placements))
        {
            bag.Add(layer.Location, $"{LayerReader.AvoidSubjectKey}: this {layer.Kind} layer lists {layer.Placements - 1} placements and the {first.Kind} layer at line {first.Location.Line} lists {first.Placements - 1}; movable layers move together, so each lists the same number");
        }
        if (!movable.Any(l => l.IsType))
        {
            bag.Add(first.Location, $"{LayerReader.AvoidSubjectKey}: no text layer of this template has it, so nothing decides when this {first.Kind} layer moves; give the title's text layer the same placements");
        }
    }

    private static List<PromoLayer> ReadLayers(YamlContext context, MappingReader reader)
    {
        var layers = new List<PromoLayer>();
        var sequence = reader.Sequence("layers");
        if (sequence is null)
        {
            if (!reader.Has("layers"))
            {
                reader.ErrorHere("missing required field 'layers'");
            }
            return layers;
        }
        var number = 0;
        foreach (var item in sequence.Children)
        {
            number++;
            var map = MappingReader.For(context, item, $"layer {number}");
            if (map is null)
            {
                continue;
            }
            var kinds = map.Node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value!).Where(LayerKinds.Readers.ContainsKey).ToList();
            if (kinds.Count != 1)
            {
                var known = string.Join(", ", LayerKinds.Readers.Keys);
                var keys = map.Node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToList();
                var hint = keys.Select(k => DidYouMean.Suggest(k, LayerKinds.Readers.Keys)).FirstOrDefault(s => s is not null);
                map.ErrorHere(kinds.Count == 0
                    ? $"no layer kind: start the layer with one of {known}{(hint is null ? "" : $"; did you mean '{hint}'?")}"
                    : $"one layer has one kind, this one has {string.Join(" and ", kinds)}");
                continue;
            }
            var kind = kinds[0];
            var layerMap = new MappingReader(context, map.Node, $"layer {number} ({kind})");
            var layer = LayerKinds.Readers[kind](new LayerReader(layerMap, kind));
            layerMap.Finish();
            if (layer is not null)
            {
                layers.Add(layer);
            }
        }
        return layers;
    }
}
