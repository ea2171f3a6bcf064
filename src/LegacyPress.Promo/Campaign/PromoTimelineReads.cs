using LegacyPress.Core.Planning;
using LegacyPress.Promo.Layers;
using LegacyPress.Promo.Templates;

namespace LegacyPress.Promo.Campaign;

/// <summary>
/// How much of the timeline the campaign reads: its timing and words (chapters, runtime, the shots' stills and focus)
/// — unless a template shows a film frame, which depends on every shot's motion too.
/// </summary>
public static class PromoTimelineReads
{
    public static Timeline Of(Timeline timeline, string templatesRoot, string projectDirectory)
    {
        var (templates, _) = TemplateCatalog.Load(new TemplateFolders(templatesRoot, projectDirectory), p => p);
        var showsFrames = templates.SelectMany(t => t.Layers).OfType<ImageLayer>().Any(l => l.Source is ImageSource.FilmFrame);
        return showsFrames ? timeline : TimelineViews.AtRest(timeline);
    }
}
