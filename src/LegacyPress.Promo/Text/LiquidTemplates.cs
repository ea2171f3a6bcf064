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
    /// <summary>Most statements a template may run (each loop turn counts); the longest shipped one runs about 2,000.</summary>
    public const int MaxSteps = 100_000;

    /// <summary>Deepest nesting of includes and blocks while rendering.</summary>
    public const int MaxRecursion = 20;

    /// <summary>Most characters a template may write or hold in one variable; a description is at most 5,000.</summary>
    public const int MaxChars = 1_000_000;

    private readonly FluidParser parser = new();
    private readonly TemplateOptions options;

    public LiquidTemplates()
    {
        options = new TemplateOptions
        {
            StrictFilters = true,
            MemberAccessStrategy = new UnsafeMemberAccessStrategy(),
            MaxSteps = MaxSteps,
            MaxRecursion = MaxRecursion,
            // A doubling string ({% assign s = s | append: s %} in a loop) grows in variables, not in the output.
            Assigned = (name, value, _) => ValueTask.FromResult(TooBig(value) ? throw new LiquidLimitException(name) : value),
            Captured = (name, value, _) => ValueTask.FromResult(value.ToStringValue().Length > MaxChars ? throw new LiquidLimitException(name) : value),
            // Templates get no file system: an {% include %} or {% render %} can never read a file, in the project or out.
            FileProvider = new Microsoft.Extensions.FileProviders.NullFileProvider(),
        };
        // "Short Film" | hashtag → "#ShortFilm"
        // 64 | duration → "1 min 04 s": seconds as prose says them.
        options.Filters.AddFilter("duration", (input, _, _) => new StringValue(ProseDuration.Format((double)input.ToNumberValue())));
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
        // Fluid builds a range (1..n) as an array before the first step is counted, so a huge one is refused here.
        foreach (Match range in LiteralRange().Matches(source))
        {
            if (Math.Abs(double.Parse(range.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - double.Parse(range.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)) >= MaxSteps)
            {
                var before = source[..range.Index];
                var line = before.Count(c => c == '\n') + 1;
                return LiquidResult.Failed(Shift(at, line, range.Index - (before.LastIndexOf('\n') + 1) + 1), $"the range {range.Value} has more than {Count(MaxSteps)} numbers; a template may run at most {Count(MaxSteps)} steps (see docs/limits.md)");
            }
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
            var output = new BoundedWriter(MaxChars);
            template.RenderAsync(output, NullEncoder.Default, context).AsTask().GetAwaiter().GetResult();
            var text = output.ToString();
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
        catch (LiquidLimitException e)
        {
            return LiquidResult.Failed(LimitLocation(source, at, e.Variable), e.Variable is null
                ? $"the template writes more than {Count(MaxChars)} characters; a promo text is far shorter (see docs/limits.md)"
                : $"'{e.Variable}' grows too big: a template's variable may hold at most {Count(MaxChars)} characters, or a number up to {Count(MaxSteps)} (see docs/limits.md)");
        }
        catch (InvalidOperationException e) when (e.Message.Contains("maximum", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("recursion", StringComparison.OrdinalIgnoreCase))
        {
            // Fluid's MaxSteps and MaxRecursion; a loop or include that runs away is stopped there.
            return LiquidResult.Failed(LimitLocation(source, at, null), $"the template runs more than {Count(MaxSteps)} steps or nests more than {MaxRecursion} deep; is a loop unbounded? (see docs/limits.md)");
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

    private static string Count(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A value a template assigns that would let it run away: a huge string, or a number a range could count to.</summary>
    private static bool TooBig(FluidValue value) => value switch
    {
        StringValue => value.ToStringValue().Length > MaxChars,
        NumberValue => Math.Abs(value.ToNumberValue()) > MaxSteps,
        _ => false,
    };

    /// <summary>Where a runaway template is reported: at the variable it grew, else at its first loop, else where it starts.</summary>
    private static SourceLocation LimitLocation(string source, SourceLocation at, string? variable)
    {
        var (line, column) = variable is not null ? Find(source, variable) : Find(source, "for");
        return Shift(at, line, column);
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

    [GeneratedRegex(@"\(\s*(-?\d+)\s*\.\.\s*(-?\d+)\s*\)")]
    private static partial Regex LiteralRange();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedName();
}

/// <summary>A template past <see cref="LiquidTemplates.MaxChars"/>, in its output or in <see cref="Variable"/>.</summary>
internal sealed class LiquidLimitException(string? variable) : Exception("Liquid output limit")
{
    public string? Variable { get; } = variable;
}

/// <summary>A string writer that stops a template once it has written more than its limit.</summary>
internal sealed class BoundedWriter(int limit) : StringWriter(System.Globalization.CultureInfo.InvariantCulture)
{
    public override void Write(char value)
    {
        Check(1);
        base.Write(value);
    }

    public override void Write(string? value)
    {
        Check(value?.Length ?? 0);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Check(count);
        base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Check(buffer.Length);
        base.Write(buffer);
    }

    public override Task WriteAsync(string? value)
    {
        Check(value?.Length ?? 0);
        return base.WriteAsync(value);
    }

    public override Task WriteAsync(char value)
    {
        Check(1);
        return base.WriteAsync(value);
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Check(buffer.Length);
        return base.WriteAsync(buffer, cancellationToken);
    }

    private void Check(int adding)
    {
        if (GetStringBuilder().Length + adding > limit)
        {
            throw new LiquidLimitException(null);
        }
    }
}

/// <summary>The text a Liquid template produced, or where and why it failed.</summary>
public sealed record LiquidResult(string? Text, Diagnostic? Problem)
{
    public static LiquidResult Succeeded(string text) => new(text, null);

    public static LiquidResult Failed(SourceLocation at, string message) => new(null, new Diagnostic(at, message));
}
