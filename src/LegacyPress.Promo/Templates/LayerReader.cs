using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Loading;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Promo.Templates;

/// <summary>
/// Reads one layer's mapping: the typed fields every layer shares (box, colours, size ranges) on top of Core's
/// <see cref="MappingReader"/>, so every template problem is reported at its file, line and column.
/// </summary>
internal sealed class LayerReader(MappingReader map, string kind)
{
    public MappingReader Map => map;

    public string Kind => kind;

    public SourceLocation Location => map.Location;

    /// <summary>The layer's main value (e.g. the text of <c>text:</c>, the colour of <c>fill:</c>).</summary>
    public YamlNode? Value => map.Raw(kind);

    public string? ValueText => map.Text(kind);

    public void Error(string key, string message) => map.Error(key, message);

    public PromoColor Color(string key, PromoColor fallback)
    {
        var text = map.Text(key);
        if (text is null)
        {
            return fallback;
        }
        if (PromoColor.TryParse(text, out var color))
        {
            return color;
        }
        map.Error(key, $"'{key}' must be a colour like \"#d9b26f\" or \"#00000080\", got '{text}'");
        return fallback;
    }

    public double Fraction(string key, double fallback) => map.NumberInRange(key, 0, 1) ?? fallback;

    public double Number(string key, double fallback) => map.Number(key) ?? fallback;

    /// <summary>A size range <c>[min, max]</c> or a single size, in fractions of the reference frame's height.</summary>
    public (double Min, double Max) SizeRange(string key, double fallbackMin, double fallbackMax)
    {
        var node = map.Raw(key);
        switch (node)
        {
            case null:
                return (fallbackMin, fallbackMax);
            case YamlScalarNode when map.Number(key) is { } single and > 0:
                return (single, single);
            case YamlSequenceNode { Children.Count: 2 } seq
                when MappingReader.TryParseNumber(seq.Children[0]) is { } min and > 0 && MappingReader.TryParseNumber(seq.Children[1]) is { } max && max >= min:
                return (min, max);
            default:
                map.Error(key, $"'{key}' must be a size or [min, max] in fractions of the frame height (min > 0, max >= min)");
                return (fallbackMin, fallbackMax);
        }
    }

    /// <summary>A normalised point <c>[x, y]</c>, each 0..1.</summary>
    public (double X, double Y)? Point(string key)
    {
        var node = map.Raw(key);
        if (node is null)
        {
            return null;
        }
        if (node is YamlSequenceNode { Children.Count: 2 } seq
            && MappingReader.TryParseNumber(seq.Children[0]) is { } x and >= 0 and <= 1
            && MappingReader.TryParseNumber(seq.Children[1]) is { } y and >= 0 and <= 1)
        {
            return (x, y);
        }
        map.Error(key, $"'{key}' must be [x, y] with each between 0 and 1");
        return null;
    }

    public T Choice<T>(string key, IReadOnlyDictionary<string, T> names, string what, T fallback) where T : struct =>
        map.Choice(key, names, what) ?? fallback;

    /// <summary>The layer's box: <c>{ x, y, width, height, in: canvas|trim|safe }</c>, each part defaulting to the whole frame.</summary>
    public LayerBox Box(FrameReference defaultFrame)
    {
        var box = map.Mapping("box", $"{kind} layer box");
        if (box is null)
        {
            return LayerBox.Whole(defaultFrame);
        }
        var read = BoxFields(box, new LayerBox(defaultFrame, 0, 0, double.NaN, double.NaN));
        box.Finish();
        return read;
    }

    /// <summary>
    /// The layer's other placements, <c>avoid_subject: [{ x: 0.6, align: right }, …]</c>: each a mapping of box fields
    /// (<c>in</c>, <c>x</c>, <c>y</c>, <c>width</c>, <c>height</c>, each defaulting to <paramref name="box"/>'s) and
    /// whatever else <paramref name="read"/> takes from it. Empty when the layer stays where it is.
    /// </summary>
    public IReadOnlyList<T> Alternatives<T>(LayerBox box, Func<MappingReader, LayerBox, T> read)
    {
        var sequence = map.Sequence(AvoidSubjectKey);
        if (sequence is null)
        {
            return [];
        }
        if (sequence.Children.Count == 0)
        {
            map.Error(AvoidSubjectKey, $"'{AvoidSubjectKey}' lists no placements; give at least one, e.g. [{{ x: 0.6, align: right }}]");
        }
        var alternatives = new List<T>();
        var number = 0;
        foreach (var item in sequence.Children)
        {
            number++;
            var alternative = MappingReader.For(map.Context, item, $"{map.Subject} {AvoidSubjectKey} {number}");
            if (alternative is null)
            {
                continue;
            }
            alternatives.Add(read(alternative, BoxFields(alternative, box)));
            alternative.Finish();
        }
        return alternatives;
    }

    public const string AvoidSubjectKey = "avoid_subject";

    /// <summary>Box fields of <paramref name="box"/> over <paramref name="defaults"/> (a NaN width or height: the rest of the frame).</summary>
    private static LayerBox BoxFields(MappingReader box, LayerBox defaults)
    {
        var frame = box.Choice("in", FrameNames, "frame") ?? defaults.In;
        var x = box.NumberInRange("x", 0, 1) ?? defaults.X;
        var y = box.NumberInRange("y", 0, 1) ?? defaults.Y;
        var width = box.NumberInRange("width", 0, 1) ?? (double.IsNaN(defaults.Width) ? 1 - x : defaults.Width);
        var height = box.NumberInRange("height", 0, 1) ?? (double.IsNaN(defaults.Height) ? 1 - y : defaults.Height);
        if (x + width > 1.0001 || y + height > 1.0001)
        {
            box.ErrorHere($"box reaches past its frame ({frame.ToString().ToLowerInvariant()}): x + width and y + height must be at most 1");
        }
        return new LayerBox(frame, x, y, width, height);
    }

    public static IReadOnlyDictionary<string, FrameReference> FrameNames { get; } = new Dictionary<string, FrameReference>
    {
        ["canvas"] = FrameReference.Canvas,
        ["trim"] = FrameReference.Trim,
        ["safe"] = FrameReference.Safe,
    };
}
