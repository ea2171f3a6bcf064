using LegacyPress.Core.Release;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Platforms;
using LegacyPress.Promo.Tests.Support;
using LegacyPress.TestSupport;

namespace LegacyPress.Promo.Tests.Drawing;

/// <summary>
/// A release redraws only the promo assets whose inputs changed: the sample's thumbnail shows the key art
/// (portal-opens), its Instagram post the portrait key art (threshold).
/// </summary>
public sealed class IncrementalCampaignTests
{
    private static readonly string[] Assets = [PlatformSpecs.YouTubeThumbnail, PlatformSpecs.InstagramPost, "x-post"];

    private static PromoReport Run(TempFolder folder, Film film, bool redrawAll = false)
    {
        var timeline = TimelinePlanner.Plan(film).Timeline!;
        var request = new PromoRequest(film, timeline, RepositoryFiles.Templates, folder.File("promo"), Assets.ToHashSet(),
            (_, _, _) => throw new InvalidOperationException("no film frames expected"), p => p)
        {
            Incremental = new PromoIncremental(new StepCache(folder.File("steps")), "test-tool", redrawAll),
        };
        var report = PromoCampaign.Run(request, CancellationToken.None);
        Assert.True(report.Ok, string.Join("\n", report.Problems));
        return report;
    }

    private static Film WithShot(Film film, string id, Func<Shot, Shot> change) =>
        film with { Acts = film.Acts.Select(a => a with { Shots = a.Shots.Select(s => s.Id == id ? change(s) : s).ToList() }).ToList() };

    private static Dictionary<string, DateTime> Dates(TempFolder folder) =>
        Directory.EnumerateFiles(folder.File("promo"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

    [Fact]
    public void A_second_run_with_nothing_changed_keeps_every_asset_and_touches_no_file()
    {
        using var folder = new TempFolder();
        var first = Run(folder, SampleFilm.Film);
        var before = Dates(folder);
        Thread.Sleep(20);

        var second = Run(folder, SampleFilm.Film);

        Assert.Empty(first.KeptAssets);
        Assert.Equal([PlatformSpecs.InstagramPost, PlatformSpecs.YouTubeThumbnail], second.KeptAssets);
        Assert.Equal(before, Dates(folder));
        Assert.Equal(first.Files, second.Files);
    }

    [Fact]
    public void Changing_the_key_art_shots_motion_and_words_redraws_nothing()
    {
        using var folder = new TempFolder();
        Run(folder, SampleFilm.Film);
        var before = Dates(folder);
        var changed = WithShot(SampleFilm.Film, "portal-opens", s => s with
        {
            Motion = new MotionSpec.Preset(MotionPreset.PanLeft, 0.31, Easing.Linear),
            Narration = s.Narration is { } n ? n with { Text = n.Text + " Again." } : null,
        });

        var report = Run(folder, changed);

        Assert.Equal(2, report.KeptAssets.Count);
        Assert.Equal(before, Dates(folder));
    }

    [Fact]
    public void Moving_the_portrait_key_arts_focus_redraws_only_the_assets_that_show_it()
    {
        using var folder = new TempFolder();
        Run(folder, SampleFilm.Film);
        var before = Dates(folder);
        var changed = WithShot(SampleFilm.Film, "threshold", s => s with { Focus = new FocusPoint(0.2, 0.3) });

        var report = Run(folder, changed);

        Assert.Equal([PlatformSpecs.YouTubeThumbnail], report.KeptAssets);
        var after = Dates(folder);
        var thumbnail = folder.File("promo", PlatformSpecs.YouTubeThumbnail + ".jpg");
        Assert.Equal(before[thumbnail], after[thumbnail]);
        Assert.Contains(after, f => f.Key.EndsWith(PlatformSpecs.InstagramPost + ".jpg", StringComparison.Ordinal) && f.Value != before[f.Key]);
    }

    [Fact]
    public void Redraw_all_draws_every_asset_even_when_nothing_changed()
    {
        using var folder = new TempFolder();
        Run(folder, SampleFilm.Film);

        var report = Run(folder, SampleFilm.Film, redrawAll: true);

        Assert.Empty(report.KeptAssets);
        Assert.Equal(2, Run(folder, SampleFilm.Film).KeptAssets.Count);
    }
}
