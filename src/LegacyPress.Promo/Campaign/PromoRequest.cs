using LegacyPress.Core.Files;
using LegacyPress.Core.Release;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Films;

namespace LegacyPress.Promo.Campaign;

/// <summary>
/// One promo run: the planned film, where templates and fonts live, the folder written (<c>…/promo</c>), which
/// assets (null: all) and how film frames are drawn. <see cref="DisplayPath"/> turns paths into what messages show.
/// With <see cref="Incremental"/>, assets whose inputs are unchanged are kept instead of redrawn.
/// </summary>
public sealed record PromoRequest(
    Film Film,
    Timeline Timeline,
    string TemplatesRoot,
    string OutputDirectory,
    IReadOnlySet<string>? Only,
    FrameDrawerFactory Frames,
    Func<string, string> DisplayPath)
{
    /// <summary>Keep assets whose inputs did not change, as recorded in the release's step cache.</summary>
    public PromoIncremental? Incremental { get; init; }

    /// <summary>What every asset, text and manifest is written through; the disk when null.</summary>
    public OutputStreamFactory? Streams { get; init; }
}

/// <summary>
/// Where asset fingerprints are recorded, the tool version they include, and whether to redraw everything anyway
/// (<c>--force</c>: drawn and recorded afresh).
/// </summary>
public sealed record PromoIncremental(StepCache Steps, string ToolVersion, bool RedrawAll = false)
{
    /// <summary>The run's file hashes, so a still every asset shows is read once.</summary>
    public FileHashes Hashes { get; init; } = new();
}
