using LegacyPress.Core.Model;

namespace LegacyPress.Render.Encoding;

/// <summary>
/// A named way to render a film: frame size (from Core's <see cref="OutputPresets"/>), x264 settings, whether
/// shots are reframed for a vertical screen, and the file it writes. The frame rate is always the project's.
/// </summary>
public sealed record RenderPreset(OutputPreset Size, X264Settings X264, bool ReframeVertical)
{
    public string Name => Size.Name;

    public int WidthPixels => Size.WidthPixels;

    public int HeightPixels => Size.HeightPixels;

    /// <summary><c>film.mp4</c> for the release master, <c>film-&lt;preset&gt;.mp4</c> otherwise, so renders never overwrite each other.</summary>
    public string OutputFileName => Name == RenderPresets.FinalName ? "film.mp4" : $"film-{Name}.mp4";

    /// <summary>The film's output format at this preset's size, keeping the project's frame rate.</summary>
    public OutputFormat FormatFor(Film film) => film.Output.WithPreset(Size);
}
