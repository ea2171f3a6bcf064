using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Release;
using LegacyPress.Core.Trailer;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Films;
using LegacyPress.Render.Films.Segments;
using LegacyPress.Release.Manifest;
using LegacyPress.Release.Preparation;
using LegacyPress.Render.Pictures;
using LegacyPress.Promo;
using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.Documents.Model;
using LegacyPress.Promo.PressKit;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary>
/// <c>legacypress release</c>: check → film → trailer → promo → presskit (→ publish) → manifest, each step
/// skipped when the inputs it reads are unchanged and its outputs are in place; a summary table at the end.
/// </summary>
internal static class ReleaseCommand
{
    private sealed record StepOutcome(string Step, string Status, TimeSpan Elapsed, string Detail);

    public static Command Create(CliConsole console, FrameDrawerFactory drawers)
    {
        var project = CommonOptions.Project();
        var publish = new Option<bool>("--publish") { Description = "Publish the release after building it" };
        var force = new Option<bool>("--force") { Description = "Rebuild every step, ignoring the step cache" };
        var preset = CommonOptions.Preset();
        var output = new Option<string>("--out", "-o") { Description = "Artifacts folder; the release goes to DIR/<version>/", DefaultValueFactory = _ => "artifacts" };
        var command = new Command("release", "Build the whole release incrementally into DIR/<version>/ with a manifest") { project, publish, force, preset, output };
        command.SetAction(async (parse, cancellation) =>
        {
            var total = Stopwatch.StartNew();
            var outcomes = new List<StepOutcome>();
            var clock = Stopwatch.StartNew();
            var opened = await ProjectOpener.PrepareAsync(parse.GetValue(project)!, console, quiet: false, cancellation);
            if (opened is null)
            {
                return ExitCodes.Failed;
            }
            outcomes.Add(new StepOutcome("check", "ok", clock.Elapsed, $"{opened.Film.Shots.Count()} shots, {Formatting.Clock(opened.Timeline.RuntimeSeconds)}"));

            var film = opened.Film;
            var renderPreset = RenderPresets.Find(parse.GetValue(preset)!)!;
            var release = ReleaseManifestWriter.FolderFor(Path.GetFullPath(parse.GetValue(output)!), film.Metadata);
            var cache = StepCache.ForProject(film.Project);
            var forced = parse.GetValue(force);
            // Film and trailer pieces live apart: each renderer prunes the pieces its last render no longer uses.
            var segments = SegmentsFolder(film, "segments", forced);
            var trailerSegments = SegmentsFolder(film, "segments-trailer", forced);

            try
            {
                // The mix is built (or found in its cache) first; its key joins the film's fingerprint, so a change
                // to narration, music or effects re-muxes the film even when no picture changed.
                var filmMix = await RenderCommand.MixAsync(console, opened, quiet: false, cancellation);
                var filmFile = Path.Combine(release, renderPreset.OutputFileName);
                var filmInputs = FilmInputs(film, opened.Timeline, renderPreset);
                filmInputs.Add(FingerprintInput.Text("soundtrack", FilmSoundtrack.Key(FilmSoundtrack.Plan(opened))));
                outcomes.Add(await StepAsync("film", cache, forced, filmInputs, [filmFile], async () =>
                {
                    var result = await RenderCommand.WithProgressAsync(console, $"film {renderPreset.Name}", progress =>
                        new SegmentedFilmRenderer(drawers, segments, DrawerVersion)
                            .RenderAsync(new RenderRequest(film, opened.Timeline, renderPreset, release) { AudioPath = filmMix.MixPath }, progress, cancellation));
                    return $"{result.PiecesRendered} of {result.Pieces} pieces rendered";
                }));
                WriteCaptions(film, opened.Timeline, release, Path.GetFileNameWithoutExtension(filmFile));
                outcomes.Add(await StepAsync("timeline", cache, forced, filmInputs, [Path.Combine(release, "timeline.png"), Path.Combine(release, "storyboard.png")], async () =>
                {
                    var loudness = await LoudnessCurve.MeasureAsync(filmMix.MixPath, cancellation);
                    using (var picture = new TimelinePicture().Draw(film, opened.Timeline, FilmSoundtrack.Plan(opened), loudness))
                    {
                        StillRenderer.WritePng(picture, Path.Combine(release, "timeline.png"));
                    }
                    var shots = new StoryboardRenderer(drawers).RenderPng(film, opened.Timeline, Path.Combine(release, "storyboard.png"));
                    return $"lanes and a {shots}-shot storyboard";
                }));

                var (trailerPlan, trailer) = await ProjectOpener.PrepareTrailerAsync(opened, new TrailerOptions(), console, quiet: false, cancellation);
                var trailerMix = await RenderCommand.MixAsync(console, trailer, quiet: false, cancellation, "trailer");
                var trailerFile = Path.Combine(release, TrailerCommand.FileName(renderPreset));
                var trailerInputs = FilmInputs(trailer.Film, trailer.Timeline, renderPreset);
                trailerInputs.Add(FingerprintInput.Text("soundtrack", FilmSoundtrack.Key(FilmSoundtrack.Plan(trailer))));
                outcomes.Add(await StepAsync("trailer", cache, forced, trailerInputs, [trailerFile], async () =>
                {
                    var result = await RenderCommand.WithProgressAsync(console, $"trailer {renderPreset.Name}", progress =>
                        new SegmentedFilmRenderer(drawers, trailerSegments, DrawerVersion).RenderAsync(
                            new RenderRequest(trailer.Film, trailer.Timeline, renderPreset, release) { OutputFileName = Path.GetFileName(trailerFile), AudioPath = trailerMix.MixPath }, progress, cancellation));
                    return $"{trailer.Timeline.Shots.Count()} shots, {trailerPlan.Timeline.Narration.Count} lines, {result.PiecesRendered} of {result.Pieces} pieces rendered";
                }));
                WriteCaptions(film, trailer.Timeline, release, "trailer");
            }
            catch (RenderException e)
            {
                throw new UserFacingException(e.Message);
            }

            // Promo reads the film's words, its timeline (chapters), its stills and the templates: when none changed the
            // whole step is skipped; otherwise each asset is redrawn only when what it shows changed.
            var promoFolder = Path.Combine(release, "promo");
            var promoInputs = new List<FingerprintInput>
            {
                FingerprintInput.Text("tool", DrawerVersion),
                FingerprintInput.Value("metadata", film.Metadata),
                FingerprintInput.Value("promo", film.Promo),
                FingerprintInput.Value("timeline", opened.Timeline),
                FingerprintInput.Folder("templates", BundledFiles.Templates),
                FingerprintInput.Folder("project promo", Path.Combine(film.Project.Directory, "promo")),
            };
            promoInputs.AddRange(StillInputs.Of(film, opened.Timeline));
            outcomes.Add(await StepAsync("promo", cache, forced, promoInputs, [Path.Combine(promoFolder, "promo.json")], () =>
            {
                PromoReport report;
                try
                {
                    // Inside the step, each asset is kept unless something it shows changed (see PromoAssetCache).
                    var request = new PromoRequest(film, opened.Timeline, BundledFiles.Templates, promoFolder, null, drawers, ProjectOpener.DisplayPath)
                    {
                        Incremental = new PromoIncremental(cache, DrawerVersion, RedrawAll: forced),
                    };
                    report = PromoCampaign.Run(request, cancellation);
                }
                catch (PromoException e)
                {
                    throw new UserFacingException(e.Message);
                }
                if (!report.Ok)
                {
                    console.Report(report.Problems);
                    throw new UserFacingException("the promo templates have problems (listed above)");
                }
                var assets = report.Files.Select(f => f.Asset).Distinct().Count();
                return Task.FromResult($"{assets - report.KeptAssets.Count} of {assets} assets drawn ({report.Files.Count} files), {report.Texts.Count} texts");
            }));
            // The press kit and case study read the film's words, timeline and stills, the project's Markdown, and
            // the timeline and storyboard pictures the film step drew.
            var pressInputs = new List<FingerprintInput>
            {
                FingerprintInput.Text("tool", DrawerVersion),
                FingerprintInput.Value("metadata", film.Metadata),
                FingerprintInput.Value("promo", film.Promo),
                FingerprintInput.Value("timeline", opened.Timeline),
                FingerprintInput.Folder("press", Path.Combine(film.Project.Directory, "press")),
                FingerprintInput.Folder("casestudy", Path.Combine(film.Project.Directory, "casestudy")),
                FingerprintInput.Text("soundtrack", FilmSoundtrack.Key(FilmSoundtrack.Plan(opened))),
            };
            pressInputs.AddRange(StillInputs.Of(film, opened.Timeline));
            outcomes.Add(await StepAsync("presskit", cache, forced, pressInputs,
                [Path.Combine(release, ProjectDocuments.PressKitFile), Path.Combine(release, ProjectDocuments.CaseStudyFile)], () =>
                {
                    var written = new ProjectDocuments(drawers, ProjectOpener.DisplayPath).Write(film, opened.Timeline, PaperSize.A4, release, cancellation);
                    if (written.Problems.Count > 0)
                    {
                        console.Report(written.Problems);
                        throw new UserFacingException("the press kit has problems (listed above)");
                    }
                    return Task.FromResult($"press kit {written.PressKitPages} pages, case study {written.CaseStudyPages} pages");
                }));
            if (parse.GetValue(publish))
            {
                outcomes.Add(new StepOutcome("publish", "run separately", TimeSpan.Zero, $"legacypress publish {parse.GetValue(project)} --artifacts {ProjectOpener.DisplayPath(release)}"));
            }

            clock.Restart();
            var manifestFile = Path.Combine(release, ReleaseManifest.FileName);
            if (!forced && File.Exists(manifestFile) && outcomes.All(o => o.Status is "ok" or "up to date"))
            {
                // Measuring every file again (ffprobe, loudness) is the slowest part of a no-change release; nothing moved.
                outcomes.Add(new StepOutcome("manifest", "up to date", clock.Elapsed, "no step changed anything"));
            }
            else
            {
                var manifest = await ReleaseManifestWriter.WriteAsync(release, film.Metadata, cancellation);
                outcomes.Add(new StepOutcome("manifest", "written", clock.Elapsed, $"{manifest.Files.Count} files"));
            }
            var links = ReleaseShortcuts.Link(release, Path.GetFullPath(parse.GetValue(output)!));
            outcomes.Add(new StepOutcome("latest", "linked", TimeSpan.Zero, $"{links.Count} entries of {ProjectOpener.DisplayPath(parse.GetValue(output)!)} point at this release"));

            Summarise(console, outcomes, release, total.Elapsed);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Tool version: a new LegacyPress may draw or encode differently, so it invalidates every step.</summary>
    private static string DrawerVersion =>
        typeof(FilmRenderer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";

    /// <summary>What a rendered picture reads: the timeline, the look, the preset, every still's bytes, the tool.</summary>
    private static List<FingerprintInput> FilmInputs(Film film, Timeline timeline, RenderPreset preset)
    {
        var inputs = new List<FingerprintInput>
        {
            FingerprintInput.Text("tool", DrawerVersion),
            FingerprintInput.Value("timeline", timeline),
            FingerprintInput.Value("look", film.Look),
            FingerprintInput.Value("preset", preset),
            FingerprintInput.Value("music", film.Music),
        };
        inputs.AddRange(StillInputs.Of(film, timeline));
        return inputs;
    }

    private static string SegmentsFolder(Film film, string name, bool forced)
    {
        var folder = Path.Combine(film.Project.CacheDirectory, name);
        if (forced && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static void WriteCaptions(Film film, Timeline timeline, string folder, string baseName)
    {
        if (film.Audio.Captions != CaptionMode.Off)
        {
            CaptionFiles.Write(timeline, folder, baseName);
        }
    }

    private static async Task<StepOutcome> StepAsync(string step, StepCache cache, bool forced, List<FingerprintInput> inputs, IReadOnlyList<string> outputs, Func<Task<string>> run)
    {
        var clock = Stopwatch.StartNew();
        var fingerprint = Fingerprint.Of(inputs);
        if (!forced && cache.IsFresh(step, fingerprint, outputs))
        {
            return new StepOutcome(step, "up to date", clock.Elapsed, "nothing changed");
        }
        var changed = cache.Changed(step, fingerprint);
        var detail = await run();
        cache.Record(step, fingerprint, outputs);
        var why = forced ? "forced" : changed.Count <= 3 ? string.Join(", ", changed) : $"{changed.Count} inputs changed";
        return new StepOutcome(step, "built", clock.Elapsed, $"{detail} ({why})");
    }

    private static void Summarise(CliConsole console, List<StepOutcome> outcomes, string release, TimeSpan elapsed)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"release {ProjectOpener.DisplayPath(release)}"));
        table.AddColumns("step", "status", "time", "detail");
        foreach (var o in outcomes)
        {
            var colour = o.Status switch { "built" or "written" or "ok" => "green", "up to date" => "grey", _ => "yellow" };
            table.AddRow(Markup.Escape(o.Step), $"[{colour}]{Markup.Escape(o.Status)}[/]", Formatting.Seconds(o.Elapsed.TotalSeconds) + " s", Markup.Escape(o.Detail));
        }
        table.Caption($"{Formatting.Seconds(elapsed.TotalSeconds)} s in all");
        console.Ansi.Write(table);
    }
}
