using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Generation;
using LegacyPress.Core.Looks;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Generation.Images;

namespace LegacyPress.Generation.Stills;

/// <summary>Which shots a <c>generate</c> run makes: null ids and not <see cref="All"/> means every generatable shot whose still is missing.</summary>
public sealed record GenerationSelection(IReadOnlyList<string>? ShotIds = null, bool All = false)
{
    public static GenerationSelection Missing { get; } = new();
}

/// <summary>One shot to make, before anything is measured: its request, how many candidates, and its look group's other stills.</summary>
public sealed record PlannedShot(ImageRequest Request, int Candidates, string LookGroup, IReadOnlyList<string> GroupStills);

/// <summary>
/// Pure: the requests of a <c>generate</c> run. Each chosen shot's prompt is composed from the bible
/// (<see cref="PromptComposer"/>), its size is what the film's motion needs at the film's frame size
/// (<see cref="GenerationSize"/>), its references are made absolute, and its look group's other existing stills are
/// listed for ranking. <paramref name="stillExists"/> answers for a project-relative path (the one question asked of the disk).
/// </summary>
public static class GenerationRequests
{
    public static (IReadOnlyList<PlannedShot> Shots, IReadOnlyList<string> Problems) Plan(
        Film film, Timeline timeline, GenerationSelection selection, int candidates, Func<string, bool> stillExists)
    {
        var problems = new List<string>();
        var generatable = film.Shots.Where(s => s.Generatable).ToList();
        List<Shot> chosen;
        if (selection.ShotIds is { } ids)
        {
            chosen = [];
            foreach (var id in ids.Distinct(StringComparer.Ordinal))
            {
                if (film.Shots.FirstOrDefault(s => s.Id == id) is not { } shot)
                {
                    problems.Add($"--shots: the film has no shot '{id}'{DidYouMean.Hint(id, film.Shots.Select(s => s.Id))}");
                }
                else if (!shot.Generatable)
                {
                    problems.Add($"--shots: shot '{id}' has no prompt, characters or place to generate from");
                }
                else
                {
                    chosen.Add(shot);
                }
            }
        }
        else
        {
            chosen = selection.All ? generatable : generatable.Where(s => !stillExists(s.ImagePath)).ToList();
        }

        var groups = LookGroups.Of(film);
        var planned = chosen.Select(shot =>
        {
            var composed = PromptComposer.Compose(film, shot);
            var (width, height) = GenerationSize.For(timeline, shot.Id, film.Output.WidthPixels, film.Output.HeightPixels);
            var request = new ImageRequest(shot.Id, composed.Prompt, composed.NegativePrompt, composed.Seed, width, height,
                composed.References.Select(film.Project.Resolve).ToList());
            var group = groups.First(g => g.Members.Any(m => m.Shot.Id == shot.Id));
            // The group's look as it stands without this shot: its own old still would pull the ranking towards itself.
            var others = group.Members.Select(m => m.Shot).Where(s => s.Id != shot.Id && stillExists(s.ImagePath))
                .Select(s => film.Project.Resolve(s.ImagePath)).Distinct(StringComparer.Ordinal).ToList();
            return new PlannedShot(request, candidates, group.Name, others);
        }).ToList();
        return (planned, problems);
    }
}
