using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Promo.Campaign;

/// <summary>One file a promo run wrote: which asset and platform, its pixel size and resolution, its bytes.</summary>
public sealed record PromoFile(string Asset, string Platform, string Purpose, string Format, string Path, int WidthPixels, int HeightPixels, int DotsPerInch, long Bytes, int? JpegQuality, long? MaxBytes);

/// <summary>One text a promo run wrote, with its measure against each limit.</summary>
public sealed record PromoText(string Name, string Platform, string Purpose, string Path, int Characters, int Utf8Bytes, bool Truncated, string Text);

/// <summary>What a promo run did: files, texts, and the problems that stopped it (nothing is written when there are any).</summary>
public sealed record PromoReport(IReadOnlyList<PromoFile> Files, IReadOnlyList<PromoText> Texts, IReadOnlyList<Diagnostic> Problems, double Seconds)
{
    public bool Ok => Problems.Count == 0;

    /// <summary>Assets left as they were because nothing they read changed (incremental runs only).</summary>
    public IReadOnlyList<string> KeptAssets { get; init; } = [];
}

/// <summary><c>promo.json</c>: every file and text of the campaign.</summary>
public sealed record PromoManifest(string Film, IReadOnlyList<PromoFile> Files, IReadOnlyList<PromoText> Texts);
