using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Media;
using LegacyPress.TestSupport;

namespace LegacyPress.Promo.Tests.Support;

/// <summary>The bundled sample project, loaded and planned once for the whole test run.</summary>
public static class SampleFilm
{
    private static readonly Lazy<(Film Film, Timeline Timeline)> Loaded = new(() =>
    {
        var loaded = new FilmLoader(new MediaInspector()).Load(RepositoryFiles.SampleProject);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Diagnostics));
        var planned = TimelinePlanner.Plan(loaded.Film!);
        Assert.True(planned.Ok, string.Join("\n", planned.Diagnostics));
        return (loaded.Film!, planned.Timeline!);
    });

    public static Film Film => Loaded.Value.Film;

    public static Timeline Timeline => Loaded.Value.Timeline;
}
