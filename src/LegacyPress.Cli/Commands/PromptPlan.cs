using System.Globalization;
using System.Text.Json;
using LegacyPress.Core.Generation;
using LegacyPress.Core.Loading;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary>
/// <c>legacypress plan --prompts</c>: what <c>generate</c> would send for every shot it can generate — the composed
/// prompt, negative prompt, seed and references — so a prompt can be read and fixed before anything is paid for.
/// Loads the project as <c>generate</c> does: stills still to be made may be missing.
/// </summary>
internal static class PromptPlan
{
    /// <summary>One shot's composed request as --json prints it.</summary>
    public sealed record Row(string Shot, string Image, bool ImageExists, string Prompt, string NegativePrompt, long Seed, IReadOnlyList<string> References);

    public static async Task<int> WriteAsync(string path, CliConsole console, bool json, CancellationToken cancellation)
    {
        if (await ProjectOpener.OpenAsync(path, console, cancellation, new FilmLoadOptions(ImagesMayBeMissing: true)) is not { } opened)
        {
            return ExitCodes.Failed;
        }
        var film = opened.Film;
        var rows = film.Shots.Where(s => s.Generatable).Select(s =>
        {
            var composed = PromptComposer.Compose(film, s);
            return new Row(s.Id, s.ImagePath, File.Exists(film.Project.Resolve(s.ImagePath)), composed.Prompt, composed.NegativePrompt, composed.Seed, composed.References);
        }).ToList();
        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(rows, CliJson.Options));
            return ExitCodes.Ok;
        }
        if (rows.Count == 0)
        {
            console.Note("no shot has a prompt, characters or a place to generate from (see docs/generate.md)");
            return ExitCodes.Ok;
        }
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{film.Metadata.Title}: composed prompts"));
        foreach (var column in new[] { "shot", "seed", "prompt", "references" })
        {
            table.AddColumn(column);
        }
        foreach (var row in rows)
        {
            var still = row.ImageExists ? row.Image : $"{row.Image} (to generate)";
            table.AddRow(
                Markup.Escape($"{row.Shot}\n{still}"),
                row.Seed.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(row.Prompt),
                Markup.Escape(string.Join("\n", row.References)));
        }
        console.Ansi.Write(table);
        if (rows.Select(r => r.NegativePrompt).Distinct().ToList() is [{ Length: > 0 } negative])
        {
            console.Ansi.MarkupLine($"negative prompt (every shot): {Markup.Escape(negative)}");
        }
        return ExitCodes.Ok;
    }
}
