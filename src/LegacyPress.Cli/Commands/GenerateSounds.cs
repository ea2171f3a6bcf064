using System.Globalization;
using LegacyPress.Core.Editing;
using LegacyPress.Core.Instrumentation;
using LegacyPress.Core.Model;
using LegacyPress.Generation.Stills;
using LegacyPress.Release.Preparation;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary>
/// <c>legacypress generate --sounds</c>: takes 1 to N of every generated sound effect (or of the cues <c>--shots</c>
/// names, as <c>shot/n</c> or the shot alone), made by ElevenLabs with the voices' key and cached, listed to listen to;
/// <c>--pick shot/n=K</c> writes the cue's <c>take:</c>. The images' options mean the same here: candidates are takes.
/// </summary>
internal static class GenerateSounds
{
    public const int DefaultTakes = 3;

    public static async Task<int> RunAsync(CliConsole console, Film film, IReadOnlyList<string> cueIds, int? takes, IReadOnlyList<StillPick> picks, bool quiet, bool json, CancellationToken cancellation)
    {
        using var speech = new SpeechServices(film.Project, progress: null);
        var maker = new SoundEffectTakes(speech.Sounds);
        var count = Math.Min(takes ?? Math.Max(DefaultTakes, picks.Select(p => p.Number).DefaultIfEmpty(0).Max()), GeneratedSound.MaxTake);
        var named = cueIds.Count > 0 ? cueIds : picks.Count > 0 ? picks.Select(p => p.ShotId).ToList() : null;
        var progress = quiet || json ? null : new InlineProgress<SoundEffectTake>(t =>
            console.Error.WriteLine($"generate: {t.CueId} take {t.Take}/{count}, {t.DurationSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s{(t.FromCache ? " (cached)" : "")}"));
        var result = await maker.MakeAsync(film, count, named, progress, cancellation);
        if (result.Problems.Count > 0)
        {
            throw new UserFacingException(string.Join("\n", result.Problems));
        }
        var picked = new List<SoundEffectTake>();
        foreach (var pick in picks)
        {
            try
            {
                if (await maker.PickAsync(film, pick.ShotId, pick.Number, cancellation) is { } take)
                {
                    picked.Add(take);
                }
            }
            catch (FilmEditException e)
            {
                throw new UserFacingException($"--pick: {e.Message}");
            }
        }
        if (json)
        {
            console.WriteJson(new
            {
                ok = true,
                takes = result.Takes.Select(t => new { cue = t.CueId, shot = t.ShotId, text = t.Text, take = t.Take, path = t.FilePath, seconds = t.DurationSeconds, cached = t.FromCache, chosen = t.Chosen }),
                picked = picked.Select(t => new { cue = t.CueId, take = t.Take }),
            });
        }
        else if (!quiet)
        {
            Summary(console, result, picked);
        }
        return ExitCodes.Ok;
    }

    private static void Summary(CliConsole console, SoundEffectTakesResult result, IReadOnlyList<SoundEffectTake> picked)
    {
        if (result.Takes.Count == 0)
        {
            console.Ansi.MarkupLine("no sound cue is generated (an sfx with effect: { generate: … }, docs/generate.md)");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title("sound effect takes (ElevenLabs)");
        foreach (var column in new[] { "cue", "take", "length", "file", "" })
        {
            table.AddColumn(column);
        }
        foreach (var t in result.Takes)
        {
            table.AddRow(
                t.Take == 1 ? Markup.Escape($"{t.CueId}\n{Formatting.Excerpt(t.Text)}") : "",
                t.Take.ToString(CultureInfo.InvariantCulture) + (t.Chosen ? " (in film.yaml)" : ""),
                $"{t.DurationSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s",
                Markup.Escape(ProjectOpener.DisplayPath(t.FilePath)),
                t.FromCache ? "[grey]cached[/]" : "[green]new[/]");
        }
        console.Ansi.Write(table);
        foreach (var t in picked)
        {
            console.Ansi.MarkupLine($"[green]picked[/] {Markup.Escape(t.CueId)} take {t.Take}");
        }
        if (picked.Count == 0)
        {
            console.Ansi.MarkupLine(Markup.Escape($"listen, then pick with: legacypress generate --sounds --pick {result.Takes[0].CueId}=2"));
        }
    }
}
