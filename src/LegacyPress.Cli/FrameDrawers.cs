using LegacyPress.Render.Films;

namespace LegacyPress.Cli;

/// <summary>Which drawer composes the film's frames for render, still and storyboard: the one integration point.</summary>
public static class FrameDrawers
{
    // INTEGRATION: when the composition lands, replace the placeholder with the real drawer, e.g.
    //   (film, timeline, preset) => new FilmFrameDrawer(film, timeline, preset.WidthPixels, preset.HeightPixels,
    //                                                   new FilmFrameOptions { ReframeVertical = preset.ReframeVertical })
    public static FrameDrawerFactory Film { get; } =
        (film, timeline, preset) => new PlaceholderFilmDrawer(film, timeline, preset.WidthPixels, preset.HeightPixels);
}
