using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Promo.Text;

/// <summary>
/// Renders one text asset from its template and holds it to its platform's limits: a text over a length
/// limit fails with the template's name and the limit, unless the template asked to be truncated. Pure
/// apart from Liquid: no disk.
/// </summary>
public sealed class TextAssetRenderer(LiquidTemplates liquid)
{
    public TextAssetResult Render(TextAssetSpec spec, TextTemplateFile template, IReadOnlyDictionary<string, object?> variables)
    {
        var at = new SourceLocation(template.DisplayPath, template.BodyFirstLine, 1);
        var rendered = liquid.Render(template.Body, at, variables);
        if (rendered.Problem is { } problem)
        {
            return new TextAssetResult(spec, null, false, [problem]);
        }
        var text = Normalize(rendered.Text!, spec.Shape);
        var truncated = false;
        if (template.Overflow == TextOverflow.Truncate)
        {
            foreach (var limit in spec.Limits.Where(l => l.Maximum is not null))
            {
                var shorter = spec.Shape == TextShape.LineList
                    ? TextTruncation.Lines(text, t => limit.Measure(t)!.Value, limit.Maximum!.Value)
                    : TextTruncation.Prose(text, t => limit.Measure(t)!.Value, limit.Maximum!.Value);
                truncated |= shorter != text;
                text = shorter;
            }
        }
        var problems = spec.Limits
            .Select(limit => limit.Check(text))
            .OfType<string>()
            .Select(message => new Diagnostic(new SourceLocation(template.DisplayPath, 1, 1), $"{spec.Name} ({spec.Platform} {spec.Purpose}) {message}"))
            .ToList();
        return new TextAssetResult(spec, problems.Count == 0 ? text : null, truncated, problems);
    }

    /// <summary>
    /// Liquid leaves the blank lines of its tags behind: trailing spaces go, runs of blank lines fold to one,
    /// and list items are trimmed and de-duplicated.
    /// </summary>
    public static string Normalize(string text, TextShape shape)
    {
        if (shape == TextShape.LineList)
        {
            return string.Join('\n', TextCounters.Lines(text).Distinct(StringComparer.OrdinalIgnoreCase));
        }
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        var result = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0 && (result.Count == 0 || result[^1].Length == 0))
            {
                continue;
            }
            result.Add(line);
        }
        while (result.Count > 0 && result[^1].Length == 0)
        {
            result.RemoveAt(result.Count - 1);
        }
        return string.Join('\n', result);
    }
}
