using LegacyPress.Release.Scaffolding;
using LegacyPress.Render.Media;
using Spectre.Console;
using System.CommandLine;

namespace LegacyPress.Cli.Commands;

/// <summary>
/// <c>legacypress new</c>: scaffolds a project that checks and renders as it is — empty (a placeholder shot, the
/// default), from a folder of stills, or a copy of the bundled sample film.
/// </summary>
internal static class NewCommand
{
    public static Command Create(CliConsole console)
    {
        var directory = new Argument<string>("dir") { Description = "Folder to create (must not exist or be empty)" };
        var empty = new Option<bool>("--empty") { Description = "One placeholder shot to replace with your own stills (the default)" };
        var fromImages = new Option<string?>("--from-images") { Description = "One shot per .jpg, .jpeg, .png or .webp still in DIR, in name order, copied into images/", HelpName = "DIR" };
        var sample = new Option<bool>("--sample") { Description = "A copy of the bundled sample film, \"Legacy: Journey Between Worlds\"" };
        var command = new Command("new", "Create a film project that checks and renders as it is, with film.yaml's schema for your editor")
        {
            directory, empty, fromImages, sample,
        };
        command.SetAction(parse =>
        {
            var chosen = new[] { parse.GetValue(empty), parse.GetValue(fromImages) is not null, parse.GetValue(sample) }.Count(given => given);
            if (chosen > 1)
            {
                throw new UserFacingException("choose one of --empty, --from-images DIR and --sample");
            }
            IProjectStarter starter = parse.GetValue(fromImages) is { } images
                ? new ImagesStarter(images, new MediaInspector())
                : parse.GetValue(sample) ? new SampleStarter(BundledFiles.SampleProject) : new EmptyStarter();

            var target = parse.GetValue(directory)!;
            var result = ProjectScaffold.Create(target, starter, BundledFiles.Schema);
            if (!result.Ok)
            {
                console.Report(result.Problems);
                return ExitCodes.Failed;
            }
            console.Ansi.MarkupLine($"[green]created[/] {Markup.Escape(target)} ({result.FilesWritten} files): {Markup.Escape(starter.Describe)}. Next: [bold]legacypress check {Markup.Escape(target)}[/]");
            return ExitCodes.Ok;
        });
        return command;
    }
}
