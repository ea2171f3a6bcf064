using System.Globalization;
using LegacyPress.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Loading;

/// <summary>
/// Reads one YAML mapping field by field, reporting wrong types at the value and, on <see cref="Finish"/>,
/// every key nobody asked for (with a did-you-mean) at the key. All reads are lenient: a bad value is
/// reported and treated as absent so the rest of the file is still checked.
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlContext context;
    private readonly YamlMappingNode node;
    private readonly HashSet<string> asked = new(StringComparer.Ordinal);

    public MappingReader(YamlContext context, YamlMappingNode node, string subject)
    {
        this.context = context;
        this.node = node;
        Subject = subject;
    }

    /// <summary>What this mapping describes in messages, e.g. <c>shot 'workshop'</c>.</summary>
    public string Subject { get; }

    public YamlMappingNode Node => node;

    public YamlContext Context => context;

    /// <summary>Creates a reader for a node that must be a mapping, or reports it and returns null.</summary>
    public static MappingReader? For(YamlContext context, YamlNode? node, string subject)
    {
        if (node is null)
        {
            return null;
        }
        if (node is YamlMappingNode map)
        {
            return new MappingReader(context, map, subject);
        }
        context.Error(node, $"{subject}: expected a mapping of keys, got {Describe(node)}");
        return null;
    }

    public YamlNode? Raw(string key)
    {
        asked.Add(key);
        foreach (var (k, v) in node.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                return IsNull(v) ? null : v;
            }
        }
        return null;
    }

    public bool Has(string key) => Raw(key) is not null;

    /// <summary>Where a key's value is, or the mapping itself when the key is absent.</summary>
    public SourceLocation At(string key) => context.At(Raw(key) ?? node);

    public SourceLocation Location => context.At(node);

    public void Error(string key, string message) => context.Diagnostics.Add(At(key), $"{Subject}: {message}");

    public void ErrorHere(string message) => context.Diagnostics.Add(Location, $"{Subject}: {message}");

    public string? Text(string key)
    {
        var value = Raw(key);
        switch (value)
        {
            case null:
                return null;
            case YamlScalarNode s:
                return s.Value;
            default:
                Error(key, $"'{key}' must be text, got {Describe(value)}");
                return null;
        }
    }

    public string RequiredText(string key)
    {
        var text = Text(key);
        if (string.IsNullOrWhiteSpace(text))
        {
            if (Raw(key) is null or YamlScalarNode)
            {
                ErrorHere($"missing required field '{key}'");
            }
            return "";
        }
        return text;
    }

    public double? Number(string key) => Raw(key) is { } value ? ParseNumber(key, value) : null;

    public double? ParseNumber(string key, YamlNode value)
    {
        if (TryParseNumber(value) is { } n)
        {
            return n;
        }
        context.Error(value, $"{Subject}: '{key}' must be a number, got {Describe(value)}");
        return null;
    }

    /// <summary>A plain (unquoted) finite number, or null; reports nothing.</summary>
    public static double? TryParseNumber(YamlNode value) =>
        value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s &&
        double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n)
            ? n
            : null;

    /// <summary>A number that must be positive (durations, sizes): zero and below are reported.</summary>
    public double? PositiveNumber(string key, string unit)
    {
        var n = Number(key);
        if (n is <= 0)
        {
            Error(key, $"'{key}' must be greater than zero {unit}, got {Format(n.Value)}");
            return null;
        }
        return WithinRuntime(key, n);
    }

    /// <summary>A number that may be zero but not negative (offsets, fades, gains of grain).</summary>
    public double? NonNegativeNumber(string key)
    {
        var n = Number(key);
        if (n is < 0)
        {
            Error(key, $"'{key}' must not be negative, got {Format(n.Value)}");
            return null;
        }
        return WithinRuntime(key, n);
    }

    /// <summary>Times, offsets and fades longer than the longest film are typing mistakes (1e308 would overflow frame counts).</summary>
    private double? WithinRuntime(string key, double? n)
    {
        if (n > FilmLimits.MaxRuntimeSeconds)
        {
            Error(key, $"'{key}' must be at most {FilmLimits.MaxRuntimeText}, the longest film, got {Format(n.Value)}");
            return null;
        }
        return n;
    }

    /// <summary>A number that must lie in [min, max].</summary>
    public double? NumberInRange(string key, double min, double max)
    {
        var n = Number(key);
        if (n is { } v && (v < min || v > max))
        {
            Error(key, $"'{key}' must be between {Format(min)} and {Format(max)}, got {Format(v)}");
            return null;
        }
        return n;
    }

    public int? Integer(string key)
    {
        var value = Raw(key);
        if (value is null)
        {
            return null;
        }
        if (value is YamlScalarNode s && s.Style == YamlDotNet.Core.ScalarStyle.Plain &&
            int.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        Error(key, $"'{key}' must be a whole number, got {Describe(value)}");
        return null;
    }

    public bool? Bool(string key)
    {
        var value = Raw(key);
        if (value is null)
        {
            return null;
        }
        if (value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s)
        {
            switch (s.Value)
            {
                case "true": return true;
                case "false": return false;
            }
        }
        Error(key, $"'{key}' must be true or false, got {Describe(value)}");
        return null;
    }

    /// <summary>A value picked from a fixed set of names; unknown names get a did-you-mean.</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> names, string what) where T : struct
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }
        if (names.TryGetValue(text, out var found))
        {
            return found;
        }
        Error(key, $"unknown {what} '{text}'{DidYouMean.Hint(text, names.Keys)} (known: {string.Join(", ", names.Keys)})");
        return null;
    }

    public YamlSequenceNode? Sequence(string key)
    {
        var value = Raw(key);
        switch (value)
        {
            case null:
                return null;
            case YamlSequenceNode seq:
                return seq;
            default:
                Error(key, $"'{key}' must be a list, got {Describe(value)}");
                return null;
        }
    }

    /// <summary>A list of plain strings; a single string is accepted as a list of one.</summary>
    public IReadOnlyList<string> TextList(string key)
    {
        var value = Raw(key);
        switch (value)
        {
            case null:
                return [];
            case YamlScalarNode s:
                return [s.Value ?? ""];
            case YamlSequenceNode seq:
                var items = new List<string>();
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode si)
                    {
                        items.Add(si.Value ?? "");
                    }
                    else
                    {
                        context.Error(item, $"{Subject}: items of '{key}' must be text, got {Describe(item)}");
                    }
                }
                return items;
            default:
                Error(key, $"'{key}' must be a list of text, got {Describe(value)}");
                return [];
        }
    }

    public MappingReader? Mapping(string key, string subject) => For(context, Raw(key), subject);

    /// <summary>Reports every key present but never asked for. Call once all fields were read.</summary>
    public void Finish()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (k, _) in node.Children)
        {
            if (k is not YamlScalarNode { Value: { } name })
            {
                context.Error(k, $"{Subject}: keys must be plain names");
                continue;
            }
            if (!seen.Add(name))
            {
                context.Error(k, $"{Subject}: key '{name}' appears twice");
            }
            else if (!asked.Contains(name))
            {
                context.Error(k, $"{Subject}: unknown key '{name}'{DidYouMean.Hint(name, asked)}");
            }
        }
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "something else",
    };

    /// <summary>A number as a message shows it: 6.5, or 1E+308 and 1E-300 rather than hundreds of digits.</summary>
    public static string Format(double value) =>
        value != 0 && (Math.Abs(value) >= 1e9 || Math.Abs(value) < 0.001)
            ? value.ToString("G4", CultureInfo.InvariantCulture)
            : value.ToString("0.###", CultureInfo.InvariantCulture);
}
