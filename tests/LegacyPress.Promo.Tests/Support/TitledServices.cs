using LegacyPress.Core.Model;
using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Templates;
using LegacyPress.Promo.Text;
using LegacyPress.Render.Text;
using LegacyPress.TestSupport;

namespace LegacyPress.Promo.Tests.Support;

/// <summary>
/// The sample film's promo services under other titles, short titles and key-art focus points, sharing one font
/// library, shaper and set of decoded stills, so a test can lay out hundreds of variants of the campaign in seconds.
/// </summary>
internal sealed class TitledServices : IDisposable
{
    private readonly FontLibrary fonts;
    private readonly TextShaper shaper;
    private readonly PromoImages images;
    private readonly LiquidTemplates liquid = new();

    public TitledServices()
    {
        var folders = new TemplateFolders(RepositoryFiles.Templates, SampleFilm.Film.Project.Directory);
        var (templates, problems) = TemplateCatalog.Load(folders, p => p);
        Assert.Empty(problems);
        Templates = templates;
        fonts = new FontLibrary(folders.BuiltInFonts);
        shaper = new TextShaper(fonts);
        images = new PromoImages(SampleFilm.Film, SampleFilm.Timeline, (_, _, _) => throw new InvalidOperationException("no film frames expected"));
    }

    public IReadOnlyList<PromoTemplate> Templates { get; }

    public TextShaper Shaper => shaper;

    /// <summary>Services for the sample film titled <paramref name="title"/>; the key art's focus moved when given.</summary>
    public PromoServices For(string title, string? shortTitle = null, FocusPoint? keyArtFocus = null)
    {
        var sample = SampleFilm.Film;
        var (settings, problems) = PromoSettings.From(sample);
        Assert.Empty(problems);
        settings = settings with { ShortTitle = shortTitle };
        var keyArt = new[] { settings.KeyArtShotId, settings.PortraitKeyArtShotId };
        var film = sample with
        {
            Metadata = sample.Metadata with { Title = title },
            Acts = sample.Acts.Select(a => a with
            {
                Shots = a.Shots.Select(s => keyArtFocus is { } focus && keyArt.Contains(s.Id) ? s with { Focus = focus } : s).ToList(),
            }).ToList(),
        };
        // Not disposed one by one: they share the stills, released with this object.
        return new PromoServices(film, SampleFilm.Timeline, settings, FilmVariables.Build(film, SampleFilm.Timeline, settings), liquid, images, shaper);
    }

    public void Dispose()
    {
        images.Dispose();
        shaper.Dispose();
        fonts.Dispose();
    }
}
