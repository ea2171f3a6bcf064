using System.CommandLine;
using System.Globalization;
using LegacyPress.Core.Editing;
using LegacyPress.Core.Generation;
using LegacyPress.Core.Instrumentation;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Generation.Images;
using LegacyPress.Generation.Stills;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary>
/// <c>legacypress generate</c>: makes the candidates of every shot whose still is missing (or of <c>--shots</c>, or
/// <c>--all</c>) through film.yaml's <c>generate</c> backend, cached so nothing is paid for twice, ranks them by look,
/// draws the contact sheet, and with <c>--pick shot=N</c> copies the chosen one into <c>images/</c> and writes the shot's
/// <c>image:</c> line. Keys come from the environment and never appear in output.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var shots = new Option<string[]>("--shots")
        {
            Description = "Only these shots (ids, comma-separated or repeated), made again even when their still exists",
            AllowMultipleArgumentsPerToken = true,
        };
        var all = new Option<bool>("--all") { Description = "Every shot that can be generated, not only those whose still is missing" };
        var candidates = new Option<int?>("--candidates", "-n") { Description = $"Candidates per shot, 1 to {GenerateSettings.MaxCandidates} (default: film.yaml's generate.candidates, else {GenerateSettings.DefaultCandidates})" };
        candidates.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is { } n && (n < 1 || n > GenerateSettings.MaxCandidates))
            {
                r.AddError($"--candidates must be from 1 to {GenerateSettings.MaxCandidates}, got {n}");
            }
        });
        var pick = new Option<string[]>("--pick")
        {
            Description = "Pick candidate N of a shot (shot=N, as the contact sheet numbers them): copied into images/ and written as the shot's image:",
            AllowMultipleArgumentsPerToken = true,
        };
        var pickFirst = new Option<bool>("--pick-first") { Description = "Pick every shot's best-ranked candidate (for scripts and a first cut)" };
        var sounds = new Option<bool>("--sounds")
        {
            Description = $"Make takes of the generated sound effects instead (ElevenLabs, ELEVENLABS_API_KEY): --candidates is the takes per cue (default {GenerateSounds.DefaultTakes}), --shots and --pick name cues as shot/n (or the shot alone)",
        };
        var quiet = CommonOptions.Quiet();
        var json = CommonOptions.Json();
        var command = new Command("generate", "Generate the stills from the shots' prompts and the prompt bible (ComfyUI, OpenAI or Stability), then pick them")
        {
            project, shots, all, candidates, pick, pickFirst, sounds, quiet, json,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var picks = ParsePicks(parse.GetValue(pick) ?? []);
            var ids = (parse.GetValue(shots) ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            if (ids.Count > 0 && parse.GetValue(all))
            {
                throw new UserFacingException("give --shots or --all, not both");
            }
            if (picks.Count > 0 && parse.GetValue(pickFirst))
            {
                throw new UserFacingException("give --pick or --pick-first, not both");
            }
            var opened = await ProjectOpener.OpenAsync(parse.GetValue(project)!, console, cancellation, new FilmLoadOptions(ImagesMayBeMissing: true));
            if (opened is null)
            {
                return ExitCodes.Failed;
            }
            var film = opened.Film;
            if (parse.GetValue(sounds))
            {
                if (parse.GetValue(all) || parse.GetValue(pickFirst))
                {
                    throw new UserFacingException("--sounds makes every generated effect's takes already; --all and --pick-first are for stills");
                }
                return await GenerateSounds.RunAsync(console, film, ids, parse.GetValue(candidates), picks, parse.GetValue(quiet), parse.GetValue(json), cancellation);
            }
            var settings = film.Generate ?? throw new UserFacingException(
                $"{ProjectOpener.DisplayPath(film.Project.FilePath)}: no 'generate' section says which service makes the stills; add e.g. generate: {{ backend: comfyui }} (docs/generate.md)");
            var silent = parse.GetValue(quiet) || parse.GetValue(json);
            // Each attempt has its own timeout inside the backend; the client must not cut a slow picture short.
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var backend = Backend(settings, film.Project, http, silent ? null : new InlineProgress<string>(notice => console.Note(notice)));
            var count = parse.GetValue(candidates) ?? settings.Candidates;
            var selection = new GenerationSelection(ids.Count > 0 ? ids : null, parse.GetValue(all));
            var display = new GenerationDisplay(console, silent);

            GenerateOutcome outcome;
            try
            {
                outcome = await display.RunAsync(progress => new GenerateRun(backend, GeneratedStillCache.ForProject(film.Project.Directory))
                    .RunAsync(film, opened.Timeline, selection, count, picks, parse.GetValue(pickFirst), progress, cancellation));
            }
            catch (GenerationPlanException e)
            {
                throw new UserFacingException(string.Join("\n", e.Problems));
            }
            catch (GenerationException e)
            {
                throw new UserFacingException($"generate ({backend.Name}): {e.Message}");
            }
            catch (FilmEditException e)
            {
                throw new UserFacingException($"--pick: {e.Message}");
            }

            var empty = outcome.Shots.Where(s => s.Candidates.Count == 0).Select(s => s.ShotId).ToList();
            if (parse.GetValue(json))
            {
                console.WriteJson(Json(backend, outcome, film));
            }
            else if (!parse.GetValue(quiet))
            {
                Summary(console, film, backend, outcome);
            }
            foreach (var id in empty)
            {
                console.Error.WriteLine($"error: shot '{id}': the service's filter refused every candidate; change its prompt (legacypress plan --prompts shows it)");
            }
            return empty.Count > 0 ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The backend film.yaml names, with its key from the environment (never printed).</summary>
    private static IImageBackend Backend(GenerateSettings settings, ProjectInfo project, HttpClient http, IProgress<string>? retryNotices)
    {
        var variable = ImageBackends.ApiKeyVariableOf(settings.Backend);
        var options = new ImageBackendOptions(settings.Backend)
        {
            Model = settings.Model,
            WorkflowPath = settings.WorkflowPath is { } workflow ? project.Resolve(workflow) : null,
            Endpoint = settings.Endpoint,
            ApiKey = variable is null ? null : Environment.GetEnvironmentVariable(variable) is { Length: > 0 } key ? key.Trim() : null,
        };
        try
        {
            return ImageBackends.Create(options, http, retryNotices);
        }
        catch (GenerationException e)
        {
            throw new UserFacingException($"generate ({settings.Backend}): {e.Message}");
        }
    }

    private static List<StillPick> ParsePicks(IEnumerable<string> written)
    {
        var picks = new List<StillPick>();
        foreach (var text in written.SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var at = text.IndexOf('=');
            if (at <= 0 || !int.TryParse(text[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                throw new UserFacingException($"--pick '{text}': write shot=N, e.g. --pick workshop=2");
            }
            var shot = text[..at];
            if (picks.Any(p => p.ShotId == shot))
            {
                throw new UserFacingException($"--pick: shot '{shot}' is picked twice");
            }
            picks.Add(new StillPick(shot, number));
        }
        return picks;
    }

    private static void Summary(CliConsole console, Film film, IImageBackend backend, GenerateOutcome outcome)
    {
        var ansi = console.Ansi;
        if (outcome.Shots.Count == 0)
        {
            ansi.MarkupLine("every generatable shot has its still; [bold]--all[/] or [bold]--shots[/] makes them again");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{backend.Name} ({backend.Model})"));
        foreach (var column in new[] { "shot", "#", "seed", "look ΔE", "" })
        {
            table.AddColumn(column);
        }
        foreach (var shot in outcome.Shots)
        {
            foreach (var c in shot.Candidates)
            {
                table.AddRow(
                    c.Number == 1 ? Markup.Escape(shot.ShotId) : "",
                    c.Number.ToString(CultureInfo.InvariantCulture),
                    c.Request.Seed.ToString(CultureInfo.InvariantCulture),
                    c.LookDistance is { } d ? d.ToString("0.0", CultureInfo.InvariantCulture) : "–",
                    c.FromCache ? "[grey]cached[/]" : "[green]new[/]");
            }
            foreach (var refusal in shot.Refusals)
            {
                table.AddRow(shot.Candidates.Count == 0 ? Markup.Escape(shot.ShotId) : "", "", "", "", $"[yellow]refused[/] {Markup.Escape(refusal)}");
            }
        }
        ansi.Write(table);
        ansi.MarkupLine($"{outcome.Requests} picture{(outcome.Requests == 1 ? "" : "s")} made, {outcome.Shots.Sum(s => s.Candidates.Count(c => c.FromCache))} from the cache");
        if (outcome.SheetPath is { } sheet)
        {
            ansi.MarkupLine($"[green]contact sheet[/] {Markup.Escape(ProjectOpener.DisplayPath(sheet))}");
        }
        foreach (var (shot, image) in outcome.Picked)
        {
            ansi.MarkupLine($"[green]picked[/] {Markup.Escape(shot)} → {Markup.Escape(image)}");
        }
        if (outcome.Picked.Count == 0 && outcome.Shots.Any(s => s.Candidates.Count > 0))
        {
            var example = outcome.Shots.First(s => s.Candidates.Count > 0).ShotId;
            ansi.MarkupLine(Markup.Escape($"pick with: legacypress generate {ProjectOpener.DisplayPath(film.Project.Directory)} --pick {example}=1 (or --pick-first)"));
        }
    }

    private static object Json(IImageBackend backend, GenerateOutcome outcome, Film film) => new
    {
        ok = outcome.Shots.All(s => s.Candidates.Count > 0),
        backend = backend.Name,
        model = backend.Model,
        requests = outcome.Requests,
        sheet = outcome.SheetPath,
        shots = outcome.Shots.Select(s => new
        {
            shot = s.ShotId,
            candidates = s.Candidates.Select(c => new
            {
                number = c.Number,
                path = c.Path,
                seed = c.Request.Seed,
                width = c.Request.WidthPixels,
                height = c.Request.HeightPixels,
                cached = c.FromCache,
                lookDeltaE = c.LookDistance,
            }),
            refusals = s.Refusals,
            prompt = s.Candidates.FirstOrDefault()?.Request.Prompt ?? PromptComposer.Compose(film, film.Shots.First(x => x.Id == s.ShotId)).Prompt,
        }),
        picked = outcome.Picked.Select(p => new { shot = p.ShotId, image = p.Image }),
    };
}
