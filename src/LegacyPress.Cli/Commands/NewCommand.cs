using Spectre.Console;
using System.CommandLine;

namespace LegacyPress.Cli.Commands;

/// <summary><c>legacypress new</c>: scaffolds a working project from the bundled sample film.</summary>
internal static class NewCommand
{
    public static Command Create(CliConsole console)
    {
        var directory = new Argument<string>("dir") { Description = "Folder to create (must not exist or be empty)" };
        var command = new Command("new", "Create a new film project, starting from the bundled sample film") { directory };
        command.SetAction(parse =>
        {
            var target = Path.GetFullPath(parse.GetValue(directory)!);
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            {
                throw new UserFacingException($"'{target}' already exists and is not empty; choose a new folder");
            }
            var sample = BundledFiles.SampleProject;
            if (!File.Exists(Path.Combine(sample, "film.yaml")))
            {
                throw new UserFacingException($"the bundled sample project is missing from '{sample}'; reinstall LegacyPress");
            }
            var copied = BundledFiles.CopyTree(sample, target);
            console.Ansi.MarkupLine($"[green]created[/] {Spectre.Console.Markup.Escape(target)} ({copied} files). Next: [bold]legacypress check {Spectre.Console.Markup.Escape(parse.GetValue(directory)!)}[/]");
            return ExitCodes.Ok;
        });
        return command;
    }
}
