using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Promo.Text;

/// <summary>A rendered text asset (checked against every limit), or the problems that stopped it.</summary>
public sealed record TextAssetResult(TextAssetSpec Spec, string? Text, bool Truncated, IReadOnlyList<Diagnostic> Problems)
{
    public bool Ok => Text is not null && Problems.Count == 0;
}
