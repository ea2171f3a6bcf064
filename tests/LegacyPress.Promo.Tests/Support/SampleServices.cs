using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Templates;
using LegacyPress.Promo.Text;
using LegacyPress.Render.Text;
using LegacyPress.TestSupport;

namespace LegacyPress.Promo.Tests.Support;

/// <summary>
/// The sample film's promo services and built-in templates, set up as <see cref="PromoCampaign"/> sets them up, so a
/// test can draw or write one asset (or one asset with some layers left out) without running the whole campaign.
/// </summary>
internal sealed class SampleServices : IDisposable
{
    private readonly FontLibrary fonts;
    private readonly TextShaper shaper;

    public SampleServices()
    {
        var film = SampleFilm.Film;
        var timeline = SampleFilm.Timeline;
        var (settings, settingProblems) = PromoSettings.From(film);
        Assert.Empty(settingProblems);
        var folders = new TemplateFolders(RepositoryFiles.Templates, film.Project.Directory);
        var (templates, templateProblems) = TemplateCatalog.Load(folders, p => p);
        Assert.Empty(templateProblems);
        Templates = templates;
        fonts = new FontLibrary(folders.BuiltInFonts);
        shaper = new TextShaper(fonts);
        // The built-in templates draw stills, never film frames, so the frame drawer is never asked for.
        var images = new PromoImages(film, timeline, (_, _, _) => throw new InvalidOperationException("no film frames expected"));
        Services = new PromoServices(film, timeline, settings, FilmVariables.Build(film, timeline, settings), new LiquidTemplates(), images, shaper);
    }

    public PromoServices Services { get; }

    public IReadOnlyList<PromoTemplate> Templates { get; }

    public PromoTemplate Template(string name) => Templates.Single(t => t.Name == name);

    public void Dispose()
    {
        Services.Dispose();
        shaper.Dispose();
        fonts.Dispose();
    }
}
