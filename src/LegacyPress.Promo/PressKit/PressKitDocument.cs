using LegacyPress.Core.Generation;
using System.Globalization;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Documents;
using LegacyPress.Promo.Documents.Model;

namespace LegacyPress.Promo.PressKit;

/// <summary>
/// The press kit: the sections a festival programmer or journalist looks for, in the order they look (after the
/// presskit() convention): cover, logline, fact sheet, synopsis, director's statement, highlights, stills, where to
/// watch, credits, quotes and awards, technical specifications, usage, contact. Words come from film.yaml and the
/// project's <c>press/*.md</c>; numbers come from the planned timeline.
/// </summary>
public static class PressKitDocument
{
    public const string Folder = "press";

    public static (Document? Document, IReadOnlyList<Diagnostic> Problems) Build(DocumentSources sources)
    {
        var film = sources.Film;
        var meta = film.Metadata;
        var dir = film.Project.Directory;
        var yaml = new SourceLocation(sources.DisplayPath(film.Project.FilePath), 1, 1);
        var doc = sources.NewBuilder();
        var director = Director(meta);
        var keyArt = KeyArt(film, sources.Promo);

        doc.Cover(
            keyArt is null ? null : film.Project.Resolve(keyArt.ImagePath),
            "Press kit",
            meta.Title,
            meta.Tagline,
            [
                string.Join("   ·   ", new[] { director is null ? null : $"A film by {director}", Released(meta), DocumentBuilder.Runtime(sources.Timeline.RuntimeSeconds) }.OfType<string>()),
                string.Join("   ·   ", new[] { meta.Contact?.Email, meta.Contact?.Website }.OfType<string>()),
            ],
            keyArt?.Focus.X ?? 0.5,
            keyArt?.Focus.Y ?? 0.5);

        doc.Contents();
        if (meta.Logline is { } logline)
        {
            doc.Section("Logline").Lead(logline);
        }

        doc.Chapter("Fact sheet", newPage: true);
        doc.Facts(Facts(sources, doc));

        if (meta.Synopsis is { } synopsis)
        {
            doc.Chapter("Synopsis").Text(synopsis);
        }
        Chapter(doc, dir, "Director's statement", "director-statement.md", newPage: true);
        Chapter(doc, dir, "Highlights", "highlights.md");

        doc.Chapter("Stills", newPage: true);
        doc.Text("High-resolution stills from the film. Each is available at full resolution from the press page.", doc.Theme.Caption with { SizePoints = 9.5 });
        doc.Gallery(Stills(film, sources.Promo).Select(s => (film.Project.Resolve(s.Shot.ImagePath), StillCaption(s.Shot, s.Act), s.Shot.Location with { File = yaml.File }, s.Shot.Focus.X, s.Shot.Focus.Y)), 150);

        doc.Chapter("Watch", newPage: true);
        Watch(doc, meta);

        doc.Chapter("Credits");
        doc.Facts(meta.Credits.Select(c => (c.Role, (IReadOnlyList<TextRun>)[doc.Plain(string.Join(", ", c.Names))])), 1.3, 2);

        Chapter(doc, dir, "Quotes", "quotes.md");
        Chapter(doc, dir, "Awards and festivals", "awards.md");

        doc.Chapter("Technical specifications");
        doc.Facts(TechSpecs(sources, doc));

        doc.Chapter("Usage and permissions");
        if (DocumentBuilder.Has(dir, Path.Combine(Folder, "usage.md")))
        {
            doc.Markdown(dir, Path.Combine(Folder, "usage.md"), headingShift: 1);
        }
        else
        {
            doc.Text($"Stills, key art, the trailer and the text of this press kit may be used free of charge to report on, review or promote \"{meta.Title}\". Please credit {director ?? "the film-makers"}. Any other use, including monetised re-uploads of the film, needs written permission.");
        }

        doc.Chapter("Contact");
        Contact(doc, meta);

        var document = doc.Build(
            new DocumentInfo($"{meta.Title} — Press kit", director ?? "LegacyPress", $"Press kit for the film \"{meta.Title}\"", ["press kit", .. meta.Genres, meta.Title]),
            sources.Paper,
            meta.Title,
            "Press kit");
        var problems = doc.Problems;
        return (problems.Count == 0 ? document : null, problems);
    }

    private static void Chapter(DocumentBuilder doc, string dir, string title, string file, bool newPage = false)
    {
        var path = Path.Combine(Folder, file);
        if (doc.ReadMarkdown(dir, path) is { } text)
        {
            // The file's own top heading is kept when it has one; otherwise the chapter gets its conventional name.
            if (!text.TrimStart().StartsWith("# ", StringComparison.Ordinal))
            {
                doc.Chapter(title, newPage);
            }
            else if (newPage)
            {
                doc.PageBreak();
            }
            doc.Markdown(dir, path);
        }
    }

    /// <summary>Who directed the film: the first credit whose role says "direct".</summary>
    public static string? Director(FilmMetadata meta) =>
        meta.Credits.FirstOrDefault(c => c.Role.Contains("direct", StringComparison.OrdinalIgnoreCase))?.Names.FirstOrDefault()
        ?? meta.Contact?.Name;

    /// <summary>The key art shot named by <c>promo.key_art</c>, else the first trailer shot, else the first shot.</summary>
    public static Shot? KeyArt(Film film, PromoSettings promo) =>
        film.Shots.FirstOrDefault(s => s.Id == promo.KeyArtShotId) ?? film.Shots.FirstOrDefault(s => s.Trailer) ?? film.Shots.FirstOrDefault();

    /// <summary>The stills to show: <c>promo.stills</c> when listed, else the trailer shots (an even number, at most eight).</summary>
    public static IReadOnlyList<(Shot Shot, Act Act)> Stills(Film film, PromoSettings promo)
    {
        var all = film.Acts.SelectMany(a => a.Shots.Select(s => (Shot: s, Act: a))).ToList();
        if (promo.StillShotIds.Count > 0)
        {
            return promo.StillShotIds.Select(id => all.FirstOrDefault(p => p.Shot.Id == id)).Where(p => p.Shot is not null).ToList();
        }
        // An even number, so the two-up gallery ends on a full row.
        var trailer = all.Where(p => p.Shot.Trailer).ToList();
        var chosen = (trailer.Count >= 2 ? trailer : all).Take(8).ToList();
        return chosen.Take(chosen.Count > 1 ? chosen.Count / 2 * 2 : chosen.Count).ToList();
    }

    private static string StillCaption(Shot shot, Act act)
    {
        var words = shot.Caption ?? FirstSentence(shot.Narration?.Text) ?? shot.Title ?? "";
        return $"{act.Title} · {shot.Id}. {words}".Trim();
    }

    private static string? FirstSentence(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var end = text.IndexOfAny(['.', '!', '?']);
        return end > 0 ? text[..(end + 1)] : text;
    }

    private static string? Released(FilmMetadata meta) =>
        meta.ReleaseDate is { } d ? "Release " + d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : null;

    private static IEnumerable<(string, IReadOnlyList<TextRun>)> Facts(DocumentSources sources, DocumentBuilder doc)
    {
        var film = sources.Film;
        var meta = film.Metadata;
        var acts = film.Acts.Count;
        var shots = film.Shots.Count();
        yield return ("Title", [doc.Strong(meta.Title)]);
        if (meta.Tagline is { } tagline)
        {
            yield return ("Tagline", [doc.Plain(tagline)]);
        }
        yield return ("Running time", [doc.Plain($"{DocumentBuilder.Runtime(sources.Timeline.RuntimeSeconds)} ({acts} acts, {shots} shots)")]);
        yield return ("Format", [doc.Plain(Format(film.Output))]);
        yield return ("Language", [doc.Plain(LanguageName(meta.Language))]);
        if (meta.Genres.Count > 0)
        {
            yield return ("Genre", [doc.Plain(string.Join(", ", meta.Genres))]);
        }
        if (meta.ReleaseDate is { } date)
        {
            yield return ("Release date", [doc.Plain(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))]);
        }
        if (Director(meta) is { } director)
        {
            yield return ("Director", [doc.Plain(director)]);
        }
        foreach (var link in meta.Links)
        {
            yield return (Capitalise(link.Name), [doc.Link(link.Url, link.Url)]);
        }
        if (ContactRuns(doc, meta) is { Count: > 0 } contact)
        {
            yield return ("Contact", contact);
        }
    }

    private static IEnumerable<(string, IReadOnlyList<TextRun>)> TechSpecs(DocumentSources sources, DocumentBuilder doc)
    {
        var output = sources.Film.Output;
        var loudness = sources.Loudness;
        yield return ("Resolution", [doc.Plain($"{output.WidthPixels} × {output.HeightPixels} pixels ({output.PresetName})")]);
        yield return ("Frame rate", [doc.Plain(string.Create(CultureInfo.InvariantCulture, $"{output.FrameRate.FramesPerSecond:0.###} fps, progressive"))]);
        yield return ("Aspect ratio", [doc.Plain(AspectName(output))]);
        yield return ("Running time", [doc.Plain(string.Create(CultureInfo.InvariantCulture, $"{DocumentBuilder.Runtime(sources.Timeline.RuntimeSeconds)} ({sources.Timeline.TotalFrames} frames)"))]);
        yield return ("Video", [doc.Plain("H.264 (High profile, yuv420p) in MP4")]);
        yield return ("Audio", [doc.Plain("Stereo, 48 kHz, AAC")]);
        yield return ("Loudness", [doc.Plain(string.Create(CultureInfo.InvariantCulture,
            $"{loudness.IntegratedLufs:0.0} LUFS integrated, {loudness.TruePeakDbtp:0.0} dBTP true peak ({(loudness.Measured ? "measured on the final mix, EBU R128" : "target; not yet measured")})"))]);
        yield return ("Captions", [doc.Plain(sources.Film.Audio.Captions switch
        {
            CaptionMode.Burn => "Burnt in, and as SRT/WebVTT files",
            CaptionMode.File => "SRT and WebVTT files",
            _ => "None",
        } + $" ({LanguageName(sources.Film.Metadata.Language)})")]);
        if (GeneratedStills.Phrase(sources.Film, sources.Provenance) is { } generated)
        {
            yield return ("Pictures", [doc.Plain(generated + "; each still's prompt, seed and model are recorded in images/provenance.json")]);
        }
    }

    private static void Watch(DocumentBuilder doc, FilmMetadata meta)
    {
        if (meta.Links.Count == 0)
        {
            doc.Text("Links to the film and its trailer will be published on release.");
            return;
        }
        doc.Text("The film, its trailer and everything on this page can be found here:");
        foreach (var link in meta.Links)
        {
            doc.Add(new Paragraph([doc.Strong(Capitalise(link.Name) + ": "), doc.Link(link.Url, link.Url)], new ParagraphFormat(LeftIndentPoints: 16, Marker: "•")) { SpaceAfterPoints = 4 });
        }
    }

    private static void Contact(DocumentBuilder doc, FilmMetadata meta)
    {
        if (ContactRuns(doc, meta) is { Count: > 0 } runs)
        {
            doc.Add(new Paragraph(runs) { SpaceAfterPoints = 8 });
        }
        doc.Text("For interviews, screeners and festival enquiries, please write; we answer within two working days.", doc.Theme.Caption with { SizePoints = 9.5 });
    }

    private static List<TextRun> ContactRuns(DocumentBuilder doc, FilmMetadata meta)
    {
        var runs = new List<TextRun>();
        if (meta.Contact is not { } c)
        {
            return runs;
        }
        if (c.Name is { } name)
        {
            runs.Add(doc.Strong(name));
        }
        foreach (var (text, url) in new[] { (c.Email, c.Email is null ? null : "mailto:" + c.Email), (c.Website, c.Website), (c.Phone, null) })
        {
            if (text is not null)
            {
                runs.Add(doc.Plain(runs.Count > 0 ? "\n" : ""));
                // A phone number stays words: only web and mail addresses are clickable.
                runs.Add(url is null ? doc.Plain(text) : doc.Link(text, url));
            }
        }
        return runs;
    }

    private static string Format(OutputFormat output) =>
        string.Create(CultureInfo.InvariantCulture, $"Short film, colour, {AspectName(output)}, {output.WidthPixels}×{output.HeightPixels} at {output.FrameRate.FramesPerSecond:0.###} fps, stereo");

    private static string AspectName(OutputFormat output) => Math.Abs(output.AspectRatio - 16.0 / 9) < 0.01 ? "16:9"
        : Math.Abs(output.AspectRatio - 9.0 / 16) < 0.01 ? "9:16"
        : Math.Abs(output.AspectRatio - 1) < 0.01 ? "1:1"
        : string.Create(CultureInfo.InvariantCulture, $"{output.AspectRatio:0.00}:1");

    private static string LanguageName(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) ? code : $"{culture.EnglishName} ({code})";
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
