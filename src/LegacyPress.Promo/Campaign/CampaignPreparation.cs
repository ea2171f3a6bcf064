using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Templates;
using LegacyPress.Promo.Text;
using LegacyPress.Render.Films;
using LegacyPress.Render.Text;

namespace LegacyPress.Promo.Campaign;

/// <summary>
/// A campaign read and checked against the film before anything is drawn: settings, layout templates, the rendered
/// texts and every layer's check, with the services drawing then uses. <see cref="PromoCampaign.Run"/> and
/// <see cref="PromoCampaign.Check"/> both start here, so a check can never accept what a run refuses.
/// </summary>
internal sealed class CampaignPreparation : IDisposable
{
    private readonly FontLibrary fonts;
    private readonly TextShaper shaper;

    private CampaignPreparation(TemplateFolders folders, FontLibrary fonts, TextShaper shaper, PromoServices services, IReadOnlyList<PromoTemplate> templates, IReadOnlyList<TextAssetResult> texts, IReadOnlyList<Diagnostic> problems)
    {
        this.fonts = fonts;
        this.shaper = shaper;
        Folders = folders;
        Services = services;
        Templates = templates;
        Texts = texts;
        Problems = problems;
    }

    public TemplateFolders Folders { get; }

    public PromoServices Services { get; }

    /// <summary>The layout templates asked for (all of them unless <c>only</c> names some).</summary>
    public IReadOnlyList<PromoTemplate> Templates { get; }

    public IReadOnlyList<TextAssetResult> Texts { get; }

    /// <summary>Every problem found, sorted by file and line; nothing may be drawn unless this is empty.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    public static CampaignPreparation Prepare(Film film, Timeline timeline, string templatesRoot, IReadOnlySet<string>? only, FrameDrawerFactory frames, Func<string, string> displayPath)
    {
        var problems = new List<Diagnostic>();
        var (settings, settingProblems) = PromoSettings.From(film);
        problems.AddRange(settingProblems);
        var folders = new TemplateFolders(templatesRoot, film.Project.Directory);
        var (templates, templateProblems) = TemplateCatalog.Load(folders, displayPath);
        problems.AddRange(templateProblems);

        bool Wanted(string name) => only is null || only.Contains(name) || (only.Contains(PromoCampaign.TextFolder) && TextAssetSpecs.Find(name) is not null);
        var textSpecs = TextAssetSpecs.All.Where(s => Wanted(s.Name)).ToList();
        var chosen = templates.Where(t => Wanted(t.Name)).ToList();
        if (only is not null)
        {
            var known = templates.Select(t => t.Name).Concat(TextAssetSpecs.All.Select(s => s.Name)).ToList();
            foreach (var name in only.Where(n => !known.Contains(n) && n != PromoCampaign.TextFolder))
            {
                problems.Add(new Diagnostic(new SourceLocation(displayPath(film.Project.FilePath), 1, 1),
                    $"--only: no asset named '{name}'{DidYouMean.Hint(name, known)} (known: {string.Join(", ", known)})"));
            }
        }

        var variables = FilmVariables.Build(film, timeline, settings);
        var liquid = new LiquidTemplates();
        var texts = new TextCampaign(liquid, folders, displayPath).Render(variables, textSpecs);
        problems.AddRange(texts.SelectMany(t => t.Problems));

        var fonts = new FontLibrary(folders.BuiltInFonts);
        var shaper = new TextShaper(fonts);
        var services = new PromoServices(film, timeline, settings, variables, liquid, new PromoImages(film, timeline, frames), shaper);
        problems.AddRange(chosen.SelectMany(t => t.Layers).SelectMany(l => l.Check(services)));
        var sorted = problems.Distinct().OrderBy(p => p.Location.File, StringComparer.Ordinal).ThenBy(p => p.Location.Line).ThenBy(p => p.Location.Column).ToList();
        return new CampaignPreparation(folders, fonts, shaper, services, chosen, texts, sorted);
    }

    public void Dispose()
    {
        Services.Dispose();
        shaper.Dispose();
        fonts.Dispose();
    }
}
