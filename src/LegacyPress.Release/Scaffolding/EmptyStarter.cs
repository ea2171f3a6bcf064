using LegacyPress.Core.Model;
using LegacyPress.Core.Scaffolding;
using LegacyPress.Render.Pictures;

namespace LegacyPress.Release.Scaffolding;

/// <summary>
/// <c>legacypress new</c> (and <c>--empty</c>): one act with one shot of a drawn placeholder still, captioned with what
/// to do next. A film needs a shot and a shot needs a still, so this is the least that checks and renders as it is.
/// </summary>
public sealed class EmptyStarter : IProjectStarter
{
    public const string PlaceholderImage = "images/placeholder.jpg";

    public string Describe => $"one placeholder shot ({PlaceholderImage}) to replace with your own stills";

    public IReadOnlyList<string> Problems() => [];

    public void Write(NewProjectFolder project)
    {
        PlaceholderStill.Write(project.File(PlaceholderImage));
        var shot = new StarterShot("placeholder", PlaceholderImage, FocusPoint.Centre, Caption: $"Replace {PlaceholderImage} with a still of your own");
        project.WriteFilm(StarterFilm.Yaml(StarterFilm.TitleFor(project.Name), [shot]));
    }
}
