using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Core.Release;

/// <summary>
/// One stable text for a model value, for hashing: records by their runtime type and public properties
/// (sorted by name), lists in order, dictionaries by sorted key, numbers round-trip exact. Source
/// locations are left out on purpose: editing one line of film.yaml moves every line below it, and a
/// shot that only moved has not changed.
/// </summary>
public static class CanonicalForm
{
    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Write(value, text, depth: 0);
        return text.ToString();
    }

    private static void Write(object? value, StringBuilder text, int depth)
    {
        if (depth > 64)
        {
            throw new InvalidOperationException("the value is too deeply nested to fingerprint (a cycle?)");
        }
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string s:
                text.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                return;
            case bool b:
                text.Append(b ? "true" : "false");
                return;
            case double d:
                text.Append(d.ToString("R", CultureInfo.InvariantCulture));
                return;
            case float f:
                text.Append(f.ToString("R", CultureInfo.InvariantCulture));
                return;
            case Enum e:
                text.Append(e.GetType().Name).Append('.').Append(e);
                return;
            case IFormattable number when value.GetType().IsPrimitive || value is decimal or DateOnly or DateTime or TimeSpan:
                text.Append(number.ToString(null, CultureInfo.InvariantCulture));
                return;
            case IDictionary dictionary:
                var entries = new List<(string Key, object? Value)>();
                foreach (DictionaryEntry entry in dictionary)
                {
                    entries.Add((Of(entry.Key), entry.Value));
                }
                text.Append('{');
                foreach (var (key, item) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    text.Append(key).Append(':');
                    Write(item, text, depth + 1);
                    text.Append(',');
                }
                text.Append('}');
                return;
            case IEnumerable list:
                text.Append('[');
                foreach (var item in list)
                {
                    Write(item, text, depth + 1);
                    text.Append(',');
                }
                text.Append(']');
                return;
        }
        var type = value.GetType();
        text.Append(type.Name).Append('{');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0 && p.PropertyType != typeof(SourceLocation) && p.Name != "EqualityContract")
                     .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(property.Name).Append('=');
            Write(property.GetValue(value), text, depth + 1);
            text.Append(',');
        }
        text.Append('}');
    }
}
