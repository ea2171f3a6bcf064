using System.Collections.Concurrent;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Text;
using LegacyPress.Render.Text;
using SkiaSharp;

namespace LegacyPress.Promo.Drawing;

/// <summary>
/// Everything layers share during one promo run: the film and its Liquid variables, decoded pictures, fonts and
/// the HarfBuzz shaper. Thread-safe, so assets can be drawn in parallel.
/// </summary>
public sealed class PromoServices(
    Film film,
    Timeline timeline,
    PromoSettings settings,
    IReadOnlyDictionary<string, object?> variables,
    LiquidTemplates liquid,
    PromoImages images,
    TextShaper shaper) : IDisposable
{
    private readonly ConcurrentDictionary<string, LiquidResult> texts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> shortTexts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(SKTypeface Face, double Tracking), InkMeasure> inks = new();
    private readonly IReadOnlyDictionary<string, object?>? shortTitleVariables =
        settings.ShortTitle is { } shortTitle ? FilmVariables.WithShortTitle(variables, shortTitle) : null;

    public Film Film => film;

    public Timeline Timeline => timeline;

    public PromoSettings Settings => settings;

    public IReadOnlyDictionary<string, object?> Variables => variables;

    public PromoImages Images => images;

    public TextShaper Shaper => shaper;

    public FontLibrary Fonts => shaper.Fonts;

    /// <summary>The key art: <c>promo.key_art</c>, else the first trailer shot, else the first shot.</summary>
    public Shot KeyArtShot =>
        (settings.KeyArtShotId is { } id ? film.Shots.FirstOrDefault(s => s.Id == id) : null)
        ?? film.Shots.FirstOrDefault(s => s.Trailer)
        ?? film.Shots.First();

    /// <summary>The portrait key art: <c>promo.key_art_portrait</c>, else the key art.</summary>
    public Shot PortraitKeyArtShot =>
        (settings.PortraitKeyArtShotId is { } id ? film.Shots.FirstOrDefault(s => s.Id == id) : null) ?? KeyArtShot;

    /// <summary>A layer's Liquid text rendered against the film (cached: templates share many strings).</summary>
    public LiquidResult RenderText(string template, SourceLocation at) =>
        texts.GetOrAdd($"{at}\n{template}", _ => liquid.Render(template, at, variables));

    /// <summary>
    /// The layer's text with <c>promo.short_title</c> in place of the title, when the film has one and the text shows
    /// the title (it renders differently); null otherwise. What a title layer sets when the whole title does not fit.
    /// </summary>
    public string? RenderShortText(string template, SourceLocation at) =>
        shortTitleVariables is null
            ? null
            : shortTexts.GetOrAdd($"{at}\n{template}", _ =>
            {
                var shortText = liquid.Render(template, at, shortTitleVariables).Text;
                return shortText is not null && shortText != RenderText(template, at).Text ? shortText : null;
            });

    /// <summary>The ink of lines in <paramref name="typeface"/> with <paramref name="tracking"/> (× size), shared by every layer and asset of the run.</summary>
    public Func<string, double, LineInk> Ink(SKTypeface typeface, double tracking) =>
        inks.GetOrAdd((typeface, tracking), k => new InkMeasure(shaper, k.Face, k.Tracking)).Measure;

    /// <summary>The typeface for a template's font choice: a role name or a family, falling back to the display face.</summary>
    public SKTypeface Typeface(FontChoice font) =>
        FontChoice.Roles.TryGetValue(font.Family, out var role)
            ? Fonts.Get(role)
            : Fonts.Find(font.Family, new SKFontStyle(font.Weight, (int)SKFontStyleWidth.Normal, font.Italic ? SKFontStyleSlant.Italic : SKFontStyleSlant.Upright))
              ?? Fonts.Get(font.Italic ? FontRole.DisplayItalic : FontRole.Display);

    public void Dispose() => images.Dispose();
}
