using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Promo.Campaign;

/// <summary>One file a promo run wrote: which asset and platform, its pixel size and resolution, its bytes.</summary>
public sealed record PromoFile(string Asset, string Platform, string Purpose, string Format, string Path, int WidthPixels, int HeightPixels, int DotsPerInch, long Bytes, int? JpegQuality, long? MaxBytes);

/// <summary>One text a promo run wrote, with its measure against each limit.</summary>
public sealed record PromoText(string Name, string Platform, string Purpose, string Path, int Characters, int Utf8Bytes, bool Truncated, string Text);

/// <summary>
/// A layer of a written asset drawn as well as it could be but not as its template asks (a title cut with an
/// ellipsis, a word broken inside): the asset and its platform, the layer's place in its template, what happened.
/// </summary>
public sealed record PromoProblem(string Asset, string Platform, string Purpose, SourceLocation Layer, string Message)
{
    /// <summary>As the CLI prints it: at the layer's <c>file:line:col</c>, naming the asset.</summary>
    public Diagnostic ToDiagnostic() => new(Layer, $"{Asset} ({Platform} {Purpose}): {Message}");
}

/// <summary>
/// What a promo run did: files, texts, the problems that stopped it (nothing is written when there are any), and the
/// warnings about assets it wrote anyway.
/// </summary>
public sealed record PromoReport(IReadOnlyList<PromoFile> Files, IReadOnlyList<PromoText> Texts, IReadOnlyList<Diagnostic> Problems, double Seconds)
{
    public bool Ok => Problems.Count == 0;

    /// <summary>Layers of written assets that did not fit as their templates ask (the same list as <c>promo.json</c>'s <c>problems</c>).</summary>
    public IReadOnlyList<PromoProblem> Warnings { get; init; } = [];

    /// <summary>Assets left as they were because nothing they read changed (incremental runs only).</summary>
    public IReadOnlyList<string> KeptAssets { get; init; } = [];
}

/// <summary><c>promo.json</c>: every file and text of the campaign, and every layer of them that did not fit as its template asks.</summary>
public sealed record PromoManifest(string Film, IReadOnlyList<PromoFile> Files, IReadOnlyList<PromoText> Texts)
{
    public IReadOnlyList<PromoProblem> Problems { get; init; } = [];
}
