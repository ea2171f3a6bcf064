using LegacyPress.Core.Platforms;
using LegacyPress.Promo.Layout;

namespace LegacyPress.Promo.Platforms;

/// <summary>
/// The table of platform rules every promo asset is made and checked against: the one place their sizes,
/// safe areas, covered zones and byte limits live. Sources: each platform's creator help pages (2025).
/// </summary>
public static class PlatformSpecs
{
    public const string YouTubeThumbnail = "youtube-thumbnail";
    public const string YouTubeBanner = "youtube-banner";
    public const string XHeader = "x-header";
    public const string InstagramPost = "instagram-post";
    public const string InstagramStory = "instagram-story";
    public const string FacebookCover = "facebook-cover";
    public const string OpenGraph = "open-graph";
    public const string DesktopWallpaper = "desktop-wallpaper";
    public const string PhoneWallpaper = "phone-wallpaper";
    public const string OneSheet = "one-sheet";

    private const long Megabyte = 1_000_000;

    public static IReadOnlyList<PlatformSpec> All { get; } =
    [
        new(YouTubeThumbnail, "YouTube", "video thumbnail",
            new PixelSize(1280, 720),
            SafeArea: new PixelRect(48, 40, 1184, 640),
            // The player stamps the running time in the lower-right corner of every thumbnail.
            ClearZones: [new ClearZone("duration badge", new PixelRect(1060, 610, 220, 110))],
            Formats: [AssetFormat.Jpeg],
            // The limit Publish checks before thumbnails.set.
            MaxBytes: YouTubeLimits.Default.ThumbnailMaxBytes),
        new(YouTubeBanner, "YouTube", "channel banner",
            new PixelSize(2560, 1440),
            // Phones show only the centred 1546x423 band; TVs show all of it.
            SafeArea: new PixelRect(507, 508, 1546, 423),
            ClearZones: [],
            Formats: [AssetFormat.Jpeg],
            MaxBytes: 6 * Megabyte),
        new(XHeader, "X", "profile header",
            new PixelSize(1500, 500),
            // Apps crop the top and bottom to about 1500x360.
            SafeArea: new PixelRect(60, 70, 1380, 360),
            // The round profile photo overlaps the header's lower-left corner.
            ClearZones: [new ClearZone("profile photo", new PixelRect(0, 300, 420, 200))],
            Formats: [AssetFormat.Jpeg],
            MaxBytes: 5 * Megabyte),
        new(InstagramPost, "Instagram", "portrait post",
            new PixelSize(1080, 1350),
            SafeArea: new PixelRect(60, 60, 960, 1230),
            ClearZones: [],
            Formats: [AssetFormat.Jpeg],
            MaxBytes: 8 * Megabyte),
        new(InstagramStory, "Instagram", "story",
            new PixelSize(1080, 1920),
            SafeArea: new PixelRect(60, 250, 960, 1330),
            // The profile bar sits on the top 250 px, the reply box and buttons on the bottom 340 px.
            ClearZones:
            [
                new ClearZone("profile bar", new PixelRect(0, 0, 1080, 250)),
                new ClearZone("reply bar", new PixelRect(0, 1580, 1080, 340)),
            ],
            Formats: [AssetFormat.Jpeg],
            MaxBytes: 8 * Megabyte),
        new(FacebookCover, "Facebook", "page cover",
            new PixelSize(851, 315),
            // Phones crop the cover's sides to its centred 640 px.
            SafeArea: new PixelRect(106, 24, 640, 267),
            ClearZones: [],
            Formats: [AssetFormat.Jpeg],
            // Facebook recompresses covers over 100 KB; staying under keeps our own quality.
            MaxBytes: 100_000),
        new(OpenGraph, "Web", "link preview card (Open Graph)",
            new PixelSize(1200, 630),
            SafeArea: new PixelRect(60, 40, 1080, 550),
            ClearZones: [],
            Formats: [AssetFormat.Jpeg],
            MaxBytes: 5 * Megabyte),
        new(DesktopWallpaper, "Desktop", "4K wallpaper",
            new PixelSize(3840, 2160),
            SafeArea: new PixelRect(192, 108, 3456, 1836),
            // Taskbars and docks take the bottom edge.
            ClearZones: [new ClearZone("taskbar/dock", new PixelRect(0, 2000, 3840, 160))],
            Formats: [AssetFormat.Png],
            MaxBytes: null),
        new(PhoneWallpaper, "Phone", "lock-screen wallpaper",
            new PixelSize(1170, 2532),
            SafeArea: new PixelRect(70, 780, 1030, 1450),
            ClearZones:
            [
                new ClearZone("status bar and clock", new PixelRect(0, 0, 1170, 760)),
                new ClearZone("lock-screen controls", new PixelRect(0, 2252, 1170, 280)),
            ],
            Formats: [AssetFormat.Png],
            MaxBytes: null),
        OneSheetSpec(),
    ];

    public static IEnumerable<string> Ids => All.Select(s => s.Id);

    public static PlatformSpec? Find(string id) => All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>The US theatrical one-sheet: 27x40 in at 300 dpi with a 1/8 in bleed; type kept 1/4 in inside the trim.</summary>
    private static PlatformSpec OneSheetSpec()
    {
        var print = new PrintSize(27, 40, 300, 0.125);
        var canvas = print.CanvasPixels;
        var margin = print.BleedPixels + 0.25 * print.DotsPerInch;
        return new PlatformSpec(OneSheet, "Print", "theatrical one-sheet poster",
            canvas,
            SafeArea: new PixelRect(0, 0, canvas.Width, canvas.Height).Inset(margin, margin),
            ClearZones: [],
            Formats: [AssetFormat.Jpeg, AssetFormat.Pdf],
            MaxBytes: null,
            DotsPerInch: print.DotsPerInch,
            Print: print);
    }
}
