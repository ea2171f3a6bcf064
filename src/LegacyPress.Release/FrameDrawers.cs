using LegacyPress.Render.Cards;
using LegacyPress.Render.Composition;
using LegacyPress.Render.Films;
using LegacyPress.Render.Look;
using LegacyPress.Render.Look.Matching;

namespace LegacyPress.Release;

/// <summary>Which drawer composes the film's frames for render, still and storyboard: the one integration point.</summary>
public static class FrameDrawers
{
    public static FrameDrawerFactory Film { get; } =
        (film, timeline, preset) => new LookedFrameDrawer(
            new FilmFrameDrawer(
                film,
                timeline,
                preset.WidthPixels,
                preset.HeightPixels,
                new FilmFrameOptions { ReframeVertical = preset.ReframeVertical, ShotGrades = ShotGrades.For(film, timeline) },
                new CardArtist()),
            LookProcessor.Create(film.Look, film.Project, preset.WidthPixels, preset.HeightPixels));
}
