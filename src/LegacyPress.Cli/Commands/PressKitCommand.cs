using System.CommandLine;
using LegacyPress.Promo.Documents.Model;
using LegacyPress.Promo.PressKit;
using LegacyPress.Render.Films;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary><c>legacypress presskit</c>: writes the press kit and the teaching case study as PDFs.</summary>
internal static class PressKitCommand
{
    public static Command Create(CliConsole console, FrameDrawerFactory drawers)
    {
        var project = CommonOptions.Project();
        var paper = new Option<string>("--paper") { Description = "Paper size: a4 or letter", DefaultValueFactory = _ => PaperSize.A4.Name };
        paper.AcceptOnlyFromAmong([.. PaperSize.All.Select(p => p.Name)]);
        var output = new Option<string>("--out", "-o") { Description = "Folder to write presskit.pdf and casestudy.pdf into", DefaultValueFactory = _ => "artifacts" };
        var quiet = CommonOptions.Quiet();
        var command = new Command("presskit", "Write the press kit (presskit.pdf) and the making-of case study (casestudy.pdf)") { project, paper, output, quiet };
        command.SetAction((parse, cancellation) =>
        {
            var opened = ProjectOpener.Open(parse.GetValue(project)!, console);
            if (opened is null)
            {
                return Task.FromResult(ExitCodes.Failed);
            }
            var folder = Path.GetFullPath(parse.GetValue(output)!);
            var result = new ProjectDocuments(drawers, ProjectOpener.DisplayPath)
                .Write(opened.Film, opened.Timeline, PaperSize.Find(parse.GetValue(paper)!)!, folder, cancellation);
            if (result.Problems.Count > 0)
            {
                console.Report(result.Problems);
                return Task.FromResult(ExitCodes.Failed);
            }
            if (!parse.GetValue(quiet))
            {
                var pages = new[] { result.PressKitPages, result.CaseStudyPages };
                foreach (var (path, count) in result.Written.Zip(pages))
                {
                    console.Ansi.MarkupLine($"[green]wrote[/] {Markup.Escape(ProjectOpener.DisplayPath(path))} ({count} pages)");
                }
            }
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
