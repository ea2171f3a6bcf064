using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Platforms;
using LegacyPress.Promo.Tests.Support;
using Microsoft.Playwright;
using LegacyPress.TestSupport;

namespace LegacyPress.Promo.Tests.Drawing;

/// <summary>The <c>index.html</c> gallery opened in headless Chromium (the system browser, driven by Playwright): every picture loads.</summary>
public sealed class GalleryBrowserTests
{
    /// <summary>Debian's chromium; CI installs it (build.sh), so its absence is a failure, not a skip.</summary>
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Every_image_on_the_gallery_page_loads_in_headless_Chromium()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} not found: install Debian's chromium package (build.sh does this on CI) to run the gallery test");
        using var folder = new TempFolder();
        // Small assets keep the run quick; the page is built the same way for all of them.
        var report = PromoCampaign.Run(new PromoRequest(SampleFilm.Film, SampleFilm.Timeline, RepositoryFiles.Templates, folder.File("promo"),
            new HashSet<string> { PlatformSpecs.OpenGraph, PlatformSpecs.FacebookCover, PlatformSpecs.YouTubeThumbnail, "x-post" },
            (_, _, _) => throw new InvalidOperationException("no film frames expected"), p => p), CancellationToken.None);
        Assert.True(report.Ok, string.Join("\n", report.Problems));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync(new Uri(folder.File("promo", PromoCampaign.GalleryFile)).AbsoluteUri);
        Assert.True(response is null || response.Ok, $"gallery answered {response?.Status}");

        var images = page.Locator("img");
        var count = await images.CountAsync();
        Assert.Equal(report.Files.Count(f => f.Format != "pdf"), count);
        for (var i = 0; i < count; i++)
        {
            var image = images.Nth(i);
            // The gallery lazy-loads its pictures, so bring each into view and let it finish (or fail) loading.
            await image.ScrollIntoViewIfNeededAsync();
            await image.EvaluateAsync("img => img.complete ? null : new Promise(done => { img.onload = done; img.onerror = done; })");
            var loaded = await image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0");
            Assert.True(loaded, $"image {await image.GetAttributeAsync("src")} did not load");
        }
    }
}
