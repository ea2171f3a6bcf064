using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Generation;
using LegacyPress.Core.Model;

namespace LegacyPress.Core.Loading;

/// <summary>Reports a shot whose composed prompt is longer than <see cref="GenerationLimits.MaxPromptCharacters"/>, at the shot.</summary>
internal static class ComposedPromptCheck
{
    public static void Report(PromptBible bible, IEnumerable<Act> acts, DiagnosticBag diagnostics)
    {
        foreach (var shot in acts.SelectMany(a => a.Shots).Where(s => s.Generatable))
        {
            var length = PromptComposer.Compose(bible, shot).Prompt.Length;
            if (length > GenerationLimits.MaxPromptCharacters)
            {
                diagnostics.Add(shot.Location, $"shot '{shot.Id}': its composed prompt (style, place, characters and its own) is {length} characters; at most {GenerationLimits.MaxPromptCharacters} (see docs/limits.md)");
            }
        }
    }
}
