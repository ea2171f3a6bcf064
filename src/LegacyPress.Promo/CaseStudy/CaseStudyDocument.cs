using System.Globalization;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Generation;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Promo.Documents;
using LegacyPress.Promo.Documents.Model;
using LegacyPress.Promo.PressKit;

using LegacyPress.Render.Look.Matching;

namespace LegacyPress.Promo.CaseStudy;

/// <summary>
/// The teaching case study: how the film was made, step by step, for film and media classes. The prose is the
/// film-maker's (<c>casestudy/*.md</c>); the evidence is the project's own: every shot's prompt, the prompt bible,
/// the storyboard contact sheet, the timeline lanes, the pacing chart and the motion and sound tables.
/// </summary>
public static class CaseStudyDocument
{
    public const string Folder = "casestudy";

    /// <summary>The production steps in order: the Markdown file for each, its chapter title, and what the project adds to it.</summary>
    private static readonly (string File, string Title)[] ProcessSteps =
    [
        ("concept.md", "Concept"),
        ("script-and-storyboard.md", "Script and storyboard"),
        ("image-generation.md", "Image generation"),
        ("narrative-and-timing.md", "Narrative organisation and timing"),
        ("sound.md", "Sound and music"),
        ("motion-and-transitions.md", "Motion and transitions"),
        ("voices.md", "Voices"),
        ("promo.md", "Promotion"),
    ];

    public static (Document? Document, IReadOnlyList<Diagnostic> Problems) Build(DocumentSources sources, CaseStudyFigures figures)
    {
        var film = sources.Film;
        var timeline = sources.Timeline;
        var meta = film.Metadata;
        var dir = film.Project.Directory;
        var yaml = new SourceLocation(sources.DisplayPath(film.Project.FilePath), 1, 1);
        var doc = sources.NewBuilder();
        var director = PressKitDocument.Director(meta);
        var keyArt = PressKitDocument.KeyArt(film, sources.Promo);
        var shots = timeline.Shots.ToList();
        // Only a shot with a prompt is known to be generated; the others are stills the project was given.
        var prompted = Prompted(film);

        doc.Cover(
            keyArt is null ? null : film.Project.Resolve(keyArt.ImagePath),
            prompted > 0 ? "Case study · Making a film with AI" : "Case study · Making a film",
            $"How we made {meta.Title}",
            prompted > 0
                ? $"A step-by-step account of a short film built from {StillsPhrase(film)}, with the project's own prompts, storyboard, timeline and exercises for the classroom."
                : "A step-by-step account of a short film built from stills, with the project's own storyboard, timeline and exercises for the classroom.",
            [
                string.Join("   ·   ", new[] { director is null ? null : $"By {director}", DocumentBuilder.Runtime(timeline.RuntimeSeconds) + " film", $"{shots.Count} shots in {film.Acts.Count} acts" }.OfType<string>()),
                "Free to use in teaching, with credit.",
            ],
            keyArt?.Focus.X ?? 0.5,
            keyArt?.Focus.Y ?? 0.5);

        // The contents of a long study fill a page of their own; the film at a glance opens the next.
        doc.Contents().PageBreak();
        doc.Chapter("The film at a glance");
        doc.Section("In one sentence");
        doc.Lead(meta.Logline ?? meta.Tagline ?? meta.Title);
        doc.Facts(AtAGlance(film, timeline, doc));

        Chapter(doc, dir, "Inspiration", "inspiration.md", newPage: true);

        doc.Chapter("The process, step by step", newPage: true);
        doc.Markdown(dir, Path.Combine(Folder, "process.md"));
        foreach (var (file, title) in ProcessSteps)
        {
            var path = Path.Combine(Folder, file);
            var has = DocumentBuilder.Has(dir, path);
            if (has || HasEvidence(file, film))
            {
                doc.Section(title);
                doc.Markdown(dir, path, headingShift: 2);
            }
            Evidence(file, doc, sources, figures, yaml);
        }

        if (figures.Look is { } look && look.Shots.Any(s => s.Before is not null))
        {
            LookChapter(doc, look, figures.LookDriftPng, yaml);
        }

        // No recorded prompt, no bible: an empty chapter would claim a method the project does not show.
        if (prompted > 0)
        {
            PromptBibleChapter(doc, film);
        }

        Chapter(doc, dir, "Challenges and how we met them", "challenges.md", newPage: true);
        Chapter(doc, dir, "What we learned", "lessons.md", newPage: true);
        Chapter(doc, dir, "Tools used", "tools.md", newPage: true);
        Chapter(doc, dir, "For the classroom", "exercises.md", newPage: true);

        doc.Chapter("Credits", newPage: !DocumentBuilder.Has(dir, Path.Combine(Folder, "exercises.md")));
        doc.Facts(meta.Credits.Select(c => (c.Role, (IReadOnlyList<TextRun>)[doc.Plain(string.Join(", ", c.Names))])), 1.3, 2);

        var document = doc.Build(
            new DocumentInfo(
                $"How we made {meta.Title} — a case study",
                director ?? "LegacyPress",
                prompted > 0 ? $"Case study: the making of \"{meta.Title}\" with AI-generated stills" : $"Case study: the making of \"{meta.Title}\"",
                prompted > 0 ? ["case study", "AI film-making", "education", .. meta.Genres, meta.Title] : ["case study", "film-making", "education", .. meta.Genres, meta.Title]),
            sources.Paper,
            $"Case study · {meta.Title}",
            "Free to use in teaching, with credit");
        var problems = doc.Problems;
        return (problems.Count == 0 ? document : null, problems);
    }

    private static void LookChapter(DocumentBuilder doc, FilmLook look, string? chartPng, SourceLocation yaml)
    {
        doc.Chapter("Keeping the look consistent", newPage: true);
        doc.Text("Every generated still comes out with its own white balance, contrast and palette; cut together, a film can flicker "
               + "from one look to the next. LegacyPress measures each shot as the film frames it (its crop, not the whole file) in CIELAB, "
               + "groups shots that should look alike (by act unless film.yaml says otherwise) and gives each shot's drift: the CIEDE2000 "
               + "colour difference between its mean colour and its group's reference shot. Groups are allowed to differ from each other on purpose.");
        var matched = look.Shots.Count(s => s.After is not null);
        doc.Text(matched > 0
            ? $"{matched} shots were colour-matched to their group's reference before the film's own grade, each through a LUT baked for it; the table and chart show the drift before and as the film shows it."
            : "This film does not match colours (look.match is off): the figures show the drift as the stills came.");
        doc.Table(["Look group", "Reference", "Shots", "Mean drift before", "As shown"],
            look.Groups.Select(g => (IReadOnlyList<string>)[
                g.Name,
                g.ReferenceShotId is null ? "—" : g.ReferenceShotId + (g.ReferenceNamed ? "" : " (medoid)"),
                g.Shots.Count.ToString(CultureInfo.InvariantCulture),
                Render.Pictures.LookSheet.Number(g.MeanDriftBefore),
                Render.Pictures.LookSheet.Number(g.MeanDriftShown)]),
            [1.3, 1.6, 0.6, 1.1, 0.9]);
        if (chartPng is not null)
        {
            doc.Figure(chartPng, $"Figure 3. Each shot's drift from its group's reference in ΔE00, grey before matching and brass as the film shows it; the red line is the warning threshold ({Render.Pictures.LookSheet.Number(look.WarnDeltaE)}).", yaml);
        }
    }

    private static void PromptBibleChapter(DocumentBuilder doc, Film film)
    {
        doc.Chapter("The prompt bible", newPage: true);
        doc.Text("Generated images hold together as one film only if the prompts keep describing the same people, objects and look.");
        WrittenBible(doc, film);
        doc.Text("These are the words and phrases the project's prompts repeat, found by comparing every shot's prompt, with the shots each one appears in.");
        var bible = PromptTerms.Build(film.Shots);
        if (bible.Count == 0)
        {
            doc.Text("This project's prompts repeat no word or phrase from one shot to another.");
        }
        foreach (var kind in new[] { PromptTermKind.Character, PromptTermKind.Motif, PromptTermKind.Style })
        {
            var terms = bible.Where(t => t.Kind == kind).ToList();
            if (terms.Count == 0)
            {
                continue;
            }
            doc.Section(kind switch { PromptTermKind.Character => "Recurring characters", PromptTermKind.Motif => "Recurring motifs, places and objects", _ => "Recurring style and light" });
            doc.Table(["Term", "Shots", "Where it appears"], terms.Select(t => (IReadOnlyList<string>)[t.Term, t.ShotIds.Count.ToString(CultureInfo.InvariantCulture), string.Join(", ", t.ShotIds)]), [1.4, 0.5, 3.2]);
        }
    }

    /// <summary>film.yaml's own bible, when it has one: the style, and each character and place with the shots that name it.</summary>
    private static void WrittenBible(DocumentBuilder doc, Film film)
    {
        var bible = film.Bible;
        if (bible.Style.Prompt is null && bible.Style.NegativePrompt is null && bible.Characters.Count == 0 && bible.Places.Count == 0)
        {
            return;
        }
        doc.Text("The project keeps its bible in film.yaml: a style every prompt begins with, and each recurring character and place "
               + "described once, so every shot that names them says the same words, is sent the same reference stills and, for a character, keeps its seed.");
        if (bible.Style.Prompt is not null || bible.Style.NegativePrompt is not null)
        {
            doc.Section("Style");
            doc.Facts(new[] { ("Every prompt begins", bible.Style.Prompt), ("No still may show", bible.Style.NegativePrompt) }
                .Where(f => f.Item2 is not null)
                .Select(f => (f.Item1, (IReadOnlyList<TextRun>)[doc.Plain(f.Item2!)])), 1.6, 3.5);
        }
        foreach (var (title, entries, named) in new (string, IReadOnlyDictionary<string, BibleEntry>, Func<Shot, string, bool>)[]
                 {
                     ("Characters", bible.Characters, (shot, id) => shot.Characters.Contains(id)),
                     ("Places", bible.Places, (shot, id) => shot.Place == id),
                 })
        {
            if (entries.Count == 0)
            {
                continue;
            }
            doc.Section(title);
            doc.Table(["Id", "Description", "References", "Shots"],
                entries.Values.Select(e => (IReadOnlyList<string>)[
                    e.Seed is { } seed ? $"{e.Id} (seed {seed.ToString(CultureInfo.InvariantCulture)})" : e.Id,
                    e.Description,
                    e.ReferencePaths.Count == 0 ? "—" : string.Join(", ", e.ReferencePaths.Select(Path.GetFileName)),
                    string.Join(", ", film.Shots.Where(s => named(s, e.Id)).Select(s => s.Id))]),
                [1.1, 2.6, 1.1, 1.4]);
        }
    }

    /// <summary>Whether the project shows something about a step even without its Markdown: no prompts, no image generation.</summary>
    private static bool HasEvidence(string file, Film film) => file switch
    {
        "image-generation.md" => Prompted(film) > 0,
        _ => file is "script-and-storyboard.md" or "narrative-and-timing.md" or "motion-and-transitions.md" or "sound.md",
    };

    /// <summary>How many shots film.yaml describes for generation (a prompt, characters or a place): the stills known to be generated.</summary>
    private static int Prompted(Film film) => film.Shots.Count(s => s.Generatable);

    /// <summary>"6 generated stills", "6 stills (4 generated from a prompt)" or "6 stills": no more than film.yaml says.</summary>
    private static string StillsPhrase(Film film)
    {
        var (count, prompted) = (film.Shots.Count(), Prompted(film));
        var stills = count == 1 ? "still" : "stills";
        return prompted == count ? $"{count} generated {stills}"
             : prompted > 0 ? $"{count} {stills} ({prompted} generated from a prompt)"
             : $"{count} {stills}";
    }

    private static bool Moves(Shot shot) => shot.Motion is not MotionSpec.Preset { Kind: MotionPreset.Still };

    /// <summary>"2 synthesised effects, 2 effects from the project's own files, 1 music track": what is known of each cue.</summary>
    private static string SoundPhrase(Film film, Timeline timeline)
    {
        var synthesised = timeline.Sounds.Count(c => c.Cue.Effect is not null);
        var files = timeline.Sounds.Count(c => c.Cue.Effect is null && c.Cue.FilePath is not null);
        var parts = new List<string>();
        if (synthesised > 0)
        {
            parts.Add($"{synthesised} synthesised {(synthesised == 1 ? "effect" : "effects")}");
        }
        if (files > 0)
        {
            parts.Add($"{files} {(files == 1 ? "effect" : "effects")} from the project's own files");
        }
        if (parts.Count == 0)
        {
            parts.Add("no sound effects");
        }
        parts.Add($"{film.Music.Count} music {(film.Music.Count == 1 ? "track" : "tracks")}");
        return string.Join(", ", parts);
    }

    /// <summary>What the project itself shows about a step: figures and tables generated from film.yaml and the timeline.</summary>
    private static void Evidence(string file, DocumentBuilder doc, DocumentSources sources, CaseStudyFigures figures, SourceLocation yaml)
    {
        var film = sources.Film;
        var timeline = sources.Timeline;
        switch (file)
        {
            case "script-and-storyboard.md" when figures.StoryboardPng is { } storyboard:
                doc.Figure(storyboard, "Figure 1. The storyboard contact sheet: every shot at rest, its still framed around its focus point, with its id, times and the first words of its narration, drawn by `legacypress storyboard`.", yaml);
                break;
            case "image-generation.md" when Prompted(film) == 0:
                if (DocumentBuilder.Has(film.Project.Directory, Path.Combine(Folder, file)))
                {
                    doc.Text("No prompts were recorded: no shot in film.yaml has a prompt, so this study cannot show the words behind its stills.");
                }
                break;
            case "image-generation.md" when GeneratedStills.Shown(film, sources.Provenance) is { Count: > 0 } generated:
                // What was really sent, as images/provenance.json recorded it when each still was picked.
                doc.Text($"{char.ToUpperInvariant(GeneratedStills.Phrase(film, sources.Provenance)![0])}{GeneratedStills.Phrase(film, sources.Provenance)![1..]} by legacypress generate, "
                       + "each from a prompt composed from the prompt bible (style, place, characters) and the shot's own words. These are the prompts exactly as sent, with the seed that made the picture chosen:");
                doc.Table(["Shot", "Made with", "Seed", "Prompt"],
                    generated.Select(g => (IReadOnlyList<string>)[g.Shot.Id, $"{g.Record.Backend}, {g.Record.Model}", g.Record.Seed.ToString(CultureInfo.InvariantCulture), g.Record.Prompt]),
                    [1, 1.1, 1.0, 3.5]);
                if (generated.Select(g => g.Record.NegativePrompt).Where(n => n.Length > 0).Distinct().ToList() is [var negative])
                {
                    doc.Text($"Every prompt was sent with the negative prompt “{negative}”.");
                }
                break;
            case "image-generation.md":
                var prompted = Prompted(film);
                var count = film.Shots.Count();
                doc.Text(prompted == count
                    ? "Every still began as a prompt, kept in film.yaml beside the shot it made. The full list, in film order, as composed from the prompt bible and each shot's own words:"
                    : $"{prompted} of the {count} stills began as a prompt, kept in film.yaml beside the shot it made; the other shots record none. The prompts, in film order:");
                doc.Table(["Shot", "Act", "Prompt"],
                    timeline.Shots.Where(s => s.Shot.Generatable).Select(s => (IReadOnlyList<string>)[s.Shot.Id, s.Act.Number.ToString(CultureInfo.InvariantCulture), PromptComposer.Compose(film, s.Shot).Prompt]),
                    [1, 0.4, 4.2]);
                break;
            case "narrative-and-timing.md":
                if (figures.TimelinePng is { } picture)
                {
                    doc.Figure(picture, "Figure 2. The timeline lanes: pictures and cards, transitions, narration, music with its ducking, effects and loudness over the film.", yaml);
                }
                doc.Chart("Shot durations per act", "s", ShotDurations.PerAct(timeline));
                doc.Text($"Figure 3. Seconds on screen per shot, transitions included. The film runs {DocumentBuilder.Runtime(timeline.RuntimeSeconds)}; its shots average {Average(timeline):0.0} s.", doc.Theme.Caption);
                break;
            case "motion-and-transitions.md":
                doc.Table(["Shot", "Camera move", "Transition out"],
                    timeline.Shots.Select(s => (IReadOnlyList<string>)[s.Shot.Id, MotionName(s.Shot.Motion), s.Shot.Transition.Kind == TransitionKinds.Cut ? "cut" : string.Create(CultureInfo.InvariantCulture, $"{s.Shot.Transition.Kind}, {s.Shot.Transition.DurationSeconds:0.#} s")]),
                    [1.2, 2, 2]);
                break;
            case "sound.md":
                var cues = timeline.Sounds.ToList();
                if (cues.Count > 0)
                {
                    doc.Table(["At", "Shot", "Effect"],
                        cues.Select(c => (IReadOnlyList<string>)[Clock(c.StartSeconds), c.ShotId, c.Cue.Effect is { } effect ? $"{effect} (synthesised)" : $"{Path.GetFileName(c.Cue.FilePath)} (file)"]),
                        [0.8, 1.5, 2.5]);
                }
                break;
        }
    }

    private static double Average(Timeline timeline) => timeline.Shots.Average(s => timeline.Seconds(s.FrameCount));

    private static IEnumerable<(string, IReadOnlyList<TextRun>)> AtAGlance(Film film, Timeline timeline, DocumentBuilder doc)
    {
        var words = film.Shots.Sum(s => s.Narration?.Text?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length ?? 0);
        yield return ("Film", [doc.Strong(film.Metadata.Title)]);
        yield return ("Running time", [doc.Plain(DocumentBuilder.Runtime(timeline.RuntimeSeconds))]);
        yield return ("Structure", [doc.Plain($"{film.Acts.Count} acts: {string.Join(", ", film.Acts.Select(a => a.Title))}")]);
        var moved = film.Shots.Count(Moves);
        var camera = moved == film.Shots.Count() ? "each moved by a virtual camera" : moved == 0 ? "each held still" : $"{moved} moved by a virtual camera";
        yield return ("Pictures", [doc.Plain($"{StillsPhrase(film)}, {camera}")]);
        yield return ("Narration", [doc.Plain($"{words} words, {film.Shots.Count(s => s.Narration is not null)} lines")]);
        yield return ("Sound", [doc.Plain(SoundPhrase(film, timeline))]);
        var transitions = film.Shots.Select(s => s.Transition.Kind).Where(k => k != TransitionKinds.Cut).Distinct().ToList();
        yield return ("Transitions", [doc.Plain(transitions.Count > 0 ? string.Join(", ", transitions) : "cuts only")]);
    }

    private static void Chapter(DocumentBuilder doc, string dir, string title, string file, bool newPage)
    {
        var path = Path.Combine(Folder, file);
        if (!DocumentBuilder.Has(dir, path))
        {
            return;
        }
        doc.Chapter(title, newPage);
        doc.Markdown(dir, path); // the file's ## sections are the chapter's sections
    }

    private static string MotionName(MotionSpec motion) => motion switch
    {
        MotionSpec.Preset p => string.Create(CultureInfo.InvariantCulture, $"{Words(p.Kind.ToString())}, {p.Amount:0.##}"),
        MotionSpec.Explicit e => string.Create(CultureInfo.InvariantCulture, $"zoom {e.Start.Zoom:0.##} → {e.End.Zoom:0.##}"),
        _ => "still",
    };

    private static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string Clock(double seconds) => TimeSpan.FromSeconds(seconds).ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
