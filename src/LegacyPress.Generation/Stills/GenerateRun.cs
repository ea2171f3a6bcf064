using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Generation.Images;

namespace LegacyPress.Generation.Stills;

/// <summary>A <c>--pick shot=N</c>: candidate <see cref="Number"/> (1-based, as the contact sheet shows) for shot <see cref="ShotId"/>.</summary>
public sealed record StillPick(string ShotId, int Number);

/// <summary>What a run made: each shot's ranked candidates, the contact sheet, the picks written and the requests paid for.</summary>
public sealed record GenerateOutcome(IReadOnlyList<ShotCandidates> Shots, string? SheetPath, IReadOnlyList<(string ShotId, string Image)> Picked, int Requests);

/// <summary>
/// One <c>legacypress generate</c> of stills: plans the requests (<see cref="GenerationRequests"/>), measures each
/// shot's look group, makes the candidates (<see cref="StillGenerator"/>, cached), draws the contact sheet and applies
/// the picks (<see cref="StillPicker"/>). Picks are checked before anything is made, so a wrong number costs nothing.
/// </summary>
public sealed class GenerateRun(IImageBackend backend, GeneratedStillCache cache)
{
    /// <summary>The contact sheet's name in the cache folder, replaced by every run.</summary>
    public const string SheetName = "candidates.png";

    /// <exception cref="GenerationException">A service failed after retries, or a pick names no candidate; what was made stays cached.</exception>
    /// <exception cref="GenerationPlanException">The selection or a pick names a shot that cannot be generated.</exception>
    public async Task<GenerateOutcome> RunAsync(
        Film film, Timeline timeline, GenerationSelection selection, int candidates, IReadOnlyList<StillPick> picks,
        bool pickFirst, IProgress<GenerationStep>? progress, CancellationToken cancellationToken)
    {
        var picking = pickFirst ? [] : picks;
        var (planned, problems) = GenerationRequests.Plan(film, timeline, selection, candidates, path => File.Exists(film.Project.Resolve(path)));
        // A pick names a shot of this run; naming one makes it part of the run (its candidates come from the cache).
        var plannedIds = planned.Select(p => p.Request.ShotId).ToHashSet(StringComparer.Ordinal);
        var extra = picking.Select(p => p.ShotId).Where(id => !plannedIds.Contains(id)).Distinct().ToList();
        if (extra.Count > 0 && problems.Count == 0)
        {
            var (more, moreProblems) = GenerationRequests.Plan(film, timeline, new GenerationSelection(extra), candidates, path => File.Exists(film.Project.Resolve(path)));
            planned = [.. planned, .. more];
            problems = moreProblems.Select(p => p.Replace("--shots:", "--pick:", StringComparison.Ordinal)).ToList();
        }
        problems = [.. problems, .. picking.Where(p => p.Number < 1 || p.Number > candidates).Select(p => $"--pick {p.ShotId}={p.Number}: a run of {candidates} candidates numbers them 1 to {candidates}")];
        if (problems.Count > 0)
        {
            throw new GenerationPlanException(problems);
        }

        var shots = planned.Select(p => new ShotToGenerate(p.Request, p.Candidates, LookTarget.Of(p.LookGroup, p.GroupStills))).ToList();
        var generator = new StillGenerator(backend, cache);
        var results = await generator.RunAsync(shots, progress, cancellationToken);

        string? sheet = null;
        if (results.Any(r => r.Candidates.Count > 0 || r.Refusals.Count > 0))
        {
            sheet = Path.Combine(cache.Directory, SheetName);
            CandidateSheet.WritePng(results, $"{film.Metadata.Title}: {backend.Name} ({backend.Model})", (double)film.Output.HeightPixels / film.Output.WidthPixels, sheet);
        }

        var chosen = pickFirst ? results.Where(r => r.Candidates.Count > 0).Select(r => new StillPick(r.ShotId, 1)).ToList() : picking;
        var picked = new List<(string, string)>();
        foreach (var pick in chosen)
        {
            var result = results.First(r => r.ShotId == pick.ShotId);
            if (pick.Number > result.Candidates.Count)
            {
                throw new GenerationException($"--pick {pick.ShotId}={pick.Number}: shot '{pick.ShotId}' has {result.Candidates.Count} candidate{(result.Candidates.Count == 1 ? "" : "s")} (the service refused the others)");
            }
            var image = StillPicker.Pick(film.Project.Directory, pick.ShotId, result.Candidates[pick.Number - 1], backend.Name, backend.Model,
                path => Path.GetRelativePath(film.Project.Directory, path).Replace('\\', '/'));
            picked.Add((pick.ShotId, image));
        }
        return new GenerateOutcome(results, sheet, picked, generator.Requests);
    }
}

/// <summary>The command line names shots or picks a run cannot make; every problem at once.</summary>
public sealed class GenerationPlanException(IReadOnlyList<string> problems) : Exception(string.Join("\n", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
