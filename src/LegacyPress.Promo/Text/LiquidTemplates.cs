using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Promo.Campaign;

namespace LegacyPress.Promo.Text;

/// <summary>
/// Renders Liquid (Fluid) templates against the film's variables, strictly: an unknown variable or filter is
/// an error naming the file and line, not an empty string on a poster. Thread-safe; share one instance.
/// </summary>
public sealed partial class LiquidTemplates
{
    private readonly FluidParser parser = new();
    private readonly TemplateOptions options;

    public LiquidTemplates()
    {
        options = new TemplateOptions
        {
            StrictFilters = true,
            MemberAccessStrategy = new UnsafeMemberAccessStrategy(),
            // Templates get no file system: an {% include %} or {% render %} can never read a file, in the project or out.
            FileProvider = new Microsoft.Extensions.FileProviders.NullFileProvider(),
        };
        // "Short Film" | hashtag → "#ShortFilm"
        options.Filters.AddFilter("hashtag", (input, _, _) => new StringValue("#" + FilmVariables.Hashtag(input.ToStringValue())));
    }

    /// <summary>
    /// Renders <paramref name="source"/>; <paramref name="at"/> is where the source starts in its file, so a
    /// problem on the template's third line is reported at that line of the file.
    /// </summary>
    public LiquidResult Render(string source, SourceLocation at, IReadOnlyDictionary<string, object?> variables)
    {
        if (!parser.TryParse(source, out var template, out var error))
        {
            var (line, column) = ParsePosition(error);
            return LiquidResult.Failed(Shift(at, line, column), $"Liquid syntax error: {TrimPosition(error)}");
        }
        var context = new TemplateContext(options);
        foreach (var (key, value) in variables)
        {
            context.SetValue(key, value is null ? NilValue.Instance : FluidValue.Create(value, options));
        }
        // Fluid's strict mode also rejects variables that exist but are nil (a film without a tagline), so
        // unknown names are told apart here: a path that leads through the variables is known, whatever its value.
        var unknown = new List<string>();
        context.Undefined = path =>
        {
            if (!IsKnownPath(variables, path))
            {
                unknown.Add(path);
            }
            return ValueTask.FromResult<FluidValue>(NilValue.Instance);
        };
        try
        {
            var text = template.Render(context, NullEncoder.Default);
            if (unknown.Count > 0)
            {
                var name = unknown[0];
                var (line, column) = Find(source, name.Split('.')[0]);
                var root = name.Split('.')[0];
                var message = variables.ContainsKey(root) || name.Contains('.')
                    ? $"unknown variable '{name}'"
                    : $"unknown variable '{name}'{DidYouMean.Hint(name, variables.Keys)} (known: {string.Join(", ", variables.Keys.Order(StringComparer.Ordinal))})";
                return LiquidResult.Failed(Shift(at, line, column), message);
            }
            return LiquidResult.Succeeded(text);
        }
        catch (FileNotFoundException)
        {
            // The null file provider found nothing: say so at the tag instead of failing with no location.
            var tag = Regex.Match(source, @"\{%-?\s*(include|render)\b");
            var (line, column) = tag.Success ? Find(source, tag.Groups[1].Value) : (1, 1);
            return LiquidResult.Failed(Shift(at, line, column), "templates cannot include other files ('include' and 'render' are not available); put the text in this template");
        }
        catch (FluidException e)
        {
            var name = UndefinedName(e.Message);
            var (line, column) = name is null ? (1, 1) : Find(source, name);
            var message = name is null
                ? $"Liquid error: {e.Message}"
                : e.Message.Contains("filter", StringComparison.OrdinalIgnoreCase)
                    ? $"unknown filter '{name}'{DidYouMean.Hint(name, options.Filters.Select(f => f.Key))}"
                    : $"unknown variable '{name}'{DidYouMean.Hint(name, variables.Keys)} (known: {string.Join(", ", variables.Keys.Order(StringComparer.Ordinal))})";
            return LiquidResult.Failed(Shift(at, line, column), message);
        }
    }

    /// <summary>True when <paramref name="path"/> (<c>contact.email</c>) names an entry of the variables, even a nil one.</summary>
    private static bool IsKnownPath(IReadOnlyDictionary<string, object?> variables, string path)
    {
        object? current = variables;
        foreach (var part in path.Split('.'))
        {
            switch (current)
            {
                case IReadOnlyDictionary<string, object?> d when d.TryGetValue(part, out var next):
                    current = next;
                    break;
                case IDictionary<string, object?> d when d.TryGetValue(part, out var next):
                    current = next;
                    break;
                default:
                    return false;
            }
        }
        return true;
    }

    private static SourceLocation Shift(SourceLocation at, int line, int column) =>
        at with { Line = at.Line + line - 1, Column = line == 1 ? at.Column + column - 1 : column };

    private static string? UndefinedName(string message) =>
        QuotedName().Match(message) is { Success: true } m ? m.Groups[1].Value.Split('.')[0] : null;

    private static (int Line, int Column) Find(string source, string name)
    {
        var match = Regex.Match(source, $@"(?<![\w.]){Regex.Escape(name)}(?!\w)");
        if (!match.Success)
        {
            return (1, 1);
        }
        var before = source[..match.Index];
        var line = before.Count(c => c == '\n') + 1;
        var column = match.Index - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }

    private static (int Line, int Column) ParsePosition(string error) =>
        Position().Match(error) is { Success: true } m
            ? (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            : (1, 1);

    // Fluid appends the offending source on lines of its own; a diagnostic is one line, and its location already points there.
    private static string TrimPosition(string error)
    {
        var firstLine = error.Split('\n', 2)[0];
        var trimmed = Position().Replace(firstLine, "").Trim().TrimEnd('.').Trim();
        return trimmed.EndsWith(" at", StringComparison.Ordinal) ? trimmed[..^3] : trimmed;
    }

    [GeneratedRegex(@"\(\s*(\d+)\s*:\s*(\d+)\s*\)")]
    private static partial Regex Position();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedName();
}

/// <summary>The text a Liquid template produced, or where and why it failed.</summary>
public sealed record LiquidResult(string? Text, Diagnostic? Problem)
{
    public static LiquidResult Succeeded(string text) => new(text, null);

    public static LiquidResult Failed(SourceLocation at, string message) => new(null, new Diagnostic(at, message));
}
