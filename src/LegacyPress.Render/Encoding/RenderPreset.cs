using LegacyPress.Core.Model;

namespace LegacyPress.Render.Encoding;

/// <summary>
/// A named way to render a film: frame size (from Core's <see cref="OutputPresets"/>, or film.yaml's own width and
/// height), x264 settings, whether shots are reframed for a narrow screen, and the files it writes. The frame rate
/// is always the project's.
/// </summary>
public sealed record RenderPreset(OutputPreset Size, X264Settings X264, bool ReframeVertical)
{
    public string Name => Size.Name;

    public int WidthPixels => Size.WidthPixels;

    public int HeightPixels => Size.HeightPixels;

    /// <summary><c>film.mp4</c> for the release master, <c>film-&lt;preset&gt;.mp4</c> otherwise (see <see cref="FileName"/>).</summary>
    public string OutputFileName => FileName("film");

    /// <summary>
    /// <c>&lt;cut&gt;.mp4</c> for the release master, <c>&lt;cut&gt;-&lt;preset&gt;.mp4</c> for another preset and
    /// <c>&lt;cut&gt;-&lt;width&gt;x&lt;height&gt;.mp4</c> for a custom size, so renders never overwrite each other.
    /// </summary>
    public string FileName(string cut) => Name == RenderPresets.FinalName ? $"{cut}.mp4" : $"{cut}-{FileTag()}.mp4";

    /// <summary>What file names say of this preset: its name, or the frame size of a custom one (two custom sizes are two files).</summary>
    public string FileTag() => Name == OutputPresets.CustomName ? $"{WidthPixels}x{HeightPixels}" : Name;

    /// <summary>The film's output format at this preset's size, keeping the project's frame rate.</summary>
    public OutputFormat FormatFor(Film film) => film.Output.WithPreset(Size);
}
