using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Films;

namespace LegacyPress.Promo.Campaign;

/// <summary>
/// One promo run: the planned film, where templates and fonts live, the folder written (<c>…/promo</c>), which
/// assets (null: all) and how film frames are drawn. <see cref="DisplayPath"/> turns paths into what messages show.
/// </summary>
public sealed record PromoRequest(
    Film Film,
    Timeline Timeline,
    string TemplatesRoot,
    string OutputDirectory,
    IReadOnlySet<string>? Only,
    FrameDrawerFactory Frames,
    Func<string, string> DisplayPath);
