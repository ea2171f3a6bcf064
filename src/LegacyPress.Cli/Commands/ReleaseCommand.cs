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
using LegacyPress.Render.Release;
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
            var opened = ProjectOpener.Open(parse.GetValue(project)!, console);
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
            var segments = Path.Combine(film.Project.CacheDirectory, "segments");
            if (forced && Directory.Exists(segments))
            {
                Directory.Delete(segments, recursive: true);
            }
            Directory.CreateDirectory(segments);

            try
            {
                // INTEGRATION: the film's audio mix (narration + music + effects, normalised) becomes one more
                // fingerprint input and the RenderRequest.AudioPath, exactly as in `render`.
                var filmFile = Path.Combine(release, renderPreset.OutputFileName);
                outcomes.Add(await StepAsync("film", cache, forced, FilmInputs(film, opened.Timeline, renderPreset), [filmFile], async () =>
                {
                    var result = await new SegmentedFilmRenderer(drawers, segments, DrawerVersion)
                        .RenderAsync(new RenderRequest(film, opened.Timeline, renderPreset, release), null, cancellation);
                    return $"{result.PiecesRendered} of {result.Pieces} pieces rendered";
                }));

                var trailer = TrailerPlanner.Plan(film, opened.Timeline);
                var trailerFile = Path.Combine(release, TrailerCommand.FileName(renderPreset));
                outcomes.Add(await StepAsync("trailer", cache, forced, FilmInputs(trailer.Film, trailer.Timeline, renderPreset), [trailerFile], async () =>
                {
                    var result = await new FilmRenderer(drawers).RenderAsync(
                        new RenderRequest(trailer.Film, trailer.Timeline, renderPreset, release) { OutputFileName = Path.GetFileName(trailerFile) }, null, cancellation);
                    return $"{trailer.Timeline.Shots.Count()} shots, {Formatting.Clock(result.DurationSeconds)}";
                }));
            }
            catch (RenderException e)
            {
                throw new UserFacingException(e.Message);
            }

            // INTEGRATION: promo (posters, banners, thumbnails, gallery) and presskit (press kit and case study
            // PDFs) each call cache.IsFresh/Record with the film fields, templates and stills they read.
            outcomes.Add(new StepOutcome("promo", "not wired", TimeSpan.Zero, "waiting for feat/promo"));
            outcomes.Add(new StepOutcome("presskit", "not wired", TimeSpan.Zero, "waiting for feat/pdf"));
            if (parse.GetValue(publish))
            {
                // INTEGRATION: publish (feat/publish) uploads what the manifest lists, recorded in its ledger.
                outcomes.Add(new StepOutcome("publish", "not wired", TimeSpan.Zero, "waiting for feat/publish"));
            }

            clock.Restart();
            var manifest = await ReleaseManifestWriter.WriteAsync(release, film.Metadata, cancellation);
            outcomes.Add(new StepOutcome("manifest", "written", clock.Elapsed, $"{manifest.Files.Count} files"));

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
        foreach (var image in timeline.Shots.Select(s => s.Shot.ImagePath).Distinct(StringComparer.Ordinal))
        {
            inputs.Add(FingerprintInput.File($"still {image}", film.Project.Resolve(image)));
        }
        return inputs;
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
