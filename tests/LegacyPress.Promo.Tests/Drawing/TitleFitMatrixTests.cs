using System.Diagnostics;
using System.Globalization;
using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Layers;
using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Tests.Support;
using Xunit.Abstractions;

namespace LegacyPress.Promo.Tests.Drawing;

/// <summary>
/// Forty titles — one to eighty characters, long single words, subtitles after a colon, accents and combining marks,
/// CJK, right-to-left scripts — laid out on every bundled template (no pixels drawn): every glyph of every text layer
/// inside its box, measured from the shaped glyphs' outlines, and an ellipsis or a broken word only where a problem
/// is reported. Scripts the machine has no font for are set as .notdef boxes, which have ink like any glyph.
/// </summary>
public sealed class TitleFitMatrixTests(ITestOutputHelper output, TitleFitMatrixTests.Shared shared) : IClassFixture<TitleFitMatrixTests.Shared>
{
    public sealed class Shared : IDisposable
    {
        internal TitledServices Services { get; } = new();

        public void Dispose() => Services.Dispose();
    }

    public static readonly string[] Titles =
    [
        "Q", "Up", "Heat", "Legacy", "The Last Keeper", "Legacy: Journey Between Worlds", "Alien: Romulus",
        "Star Wars: The Empire Strikes Back", "12 Angry Men", "2001: A Space Odyssey", "Who Framed Roger Rabbit?",
        "The Assassination of Jesse James by the Coward Robert Ford",
        "Dr. Strangelove or: How I Learned to Stop Worrying and Love the Bomb",
        "Night of the Day of the Dawn of the Son of the Bride of the Return of the Revenge",
        "Mission: Impossible — Dead Reckoning Part One", "Birdman or (The Unexpected Virtue of Ignorance)",
        "The Extraordinary Voyage of Captain Nemo", "Spider-Man: Across the Spider-Verse",
        // Long single words.
        "Supercalifragilisticexpialidocious", "Donaudampfschifffahrtsgesellschaftskapitän",
        "Llanfairpwllgwyngyllgogerychwyndrobwllllantysiliogogogoch",
        // Accents, combining marks (decomposed), stacked diacritics, other alphabets.
        "Amélie", "Le Fabuleux Destin d'Amélie Poulain", "Crème Brûlée à la Façon de Zoë", "Ça", "Škoda, Žluťoučký Kůň",
        "Zoe\u0308 and Ame\u0301lie", "Người Giữ Cuối Cùng", "Ο Τελευταίος Φύλακας", "Последний хранитель", "Ærø: Fyrtårnets Vogter",
        // CJK: lines break between ideographs.
        "千と千尋の神隠し", "最後の守り人", "霸王别姬", "天気の子：ウェザリング・ウィズ・ユー", "기생충",
        "最後の守り人と時の番人たちの長い長い物語の始まりと終わり",
        // Right to left.
        "الحارس الأخير", "השומר האחרון", "رحلة بين العوالم: إرث الحارس الأخير",
    ];

    private readonly TitledServices titled = shared.Services;

    [Fact]
    public void Every_title_on_every_template_keeps_its_glyphs_in_the_box_and_reports_any_ellipsis()
    {
        Assert.Equal(40, Titles.Length);
        Assert.All(Titles, t => Assert.InRange(t.Length, 1, 81));
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        var reported = 0;
        foreach (var title in Titles)
        {
            var services = titled.For(title);
            var problems = FitCheck.Of(titled.Templates, services);
            reported += problems.Count;
            foreach (var template in titled.Templates)
            {
                var placed = SubjectAvoidance.Place(template, services);
                foreach (var layer in placed.Layers.OfType<TextLayer>())
                {
                    var source = (services.RenderText(layer.Template, layer.Location).Text ?? "").Trim();
                    var block = layer.Layout(services, template.Platform);
                    var where = $"{template.Name} line {layer.Location.Line}, title \"{title}\"";
                    var box = layer.Box.Resolve(template.Platform);
                    var typeface = services.Typeface(layer.Font);
                    foreach (var line in block.Lines)
                    {
                        // Measured afresh at the size drawn, not through the fit's scaled measure.
                        var ink = TrackedLine.Shape(titled.Shaper, line.Text, typeface, block.Size, layer.Style.Tracking * block.Size).Ink();
                        var drawn = new PixelRect(line.Left + ink.Left, line.Baseline + ink.Top, ink.Width, ink.Height);
                        if (!ink.IsEmpty && !box.Contains(drawn))
                        {
                            failures.Add($"{where}: \"{line.Text}\" ink {drawn} outside its box {box}");
                        }
                    }
                    var ellipsis = block.Lines.Any(l => l.Text.Contains(BoxFit.Ellipsis)) && !source.Contains(BoxFit.Ellipsis);
                    var isReported = problems.Any(p => p.Asset == template.Name && p.Layer == layer.Location);
                    if ((ellipsis || block.Fit.Compromised) && !isReported)
                    {
                        failures.Add($"{where}: drawn as \"{string.Join(" / ", block.Lines.Select(l => l.Text))}\" with no problem reported");
                    }
                    if (isReported && !block.Fit.Compromised)
                    {
                        failures.Add($"{where}: a problem is reported but the text fits");
                    }
                    if (block.Fit.Compromised && Typical(title))
                    {
                        failures.Add($"{where}: a typical title does not fit: drawn as \"{string.Join(" / ", block.Lines.Select(l => l.Text))}\"");
                    }
                }
            }
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Titles.Length} titles × {titled.Templates.Count} templates in {clock.Elapsed.TotalSeconds:0.00} s, {reported} problems reported"));
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures));
    }

    /// <summary>Titles every template must hold without giving anything up: at most 40 characters, no word over 16 letters.</summary>
    private static bool Typical(string title) =>
        title.Length <= 40 && title.Split(' ').All(w => new StringInfo(w).LengthInTextElements <= 16);
}
