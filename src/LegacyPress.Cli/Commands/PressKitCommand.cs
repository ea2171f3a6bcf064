using System.CommandLine;
using LegacyPress.Promo.Documents.Model;
using LegacyPress.Release.Running;
using LegacyPress.Release.Steps;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary><c>legacypress presskit</c>: the release's press-kit and case-study steps (cache off), as PDFs into DIR.</summary>
internal static class PressKitCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var paper = new Option<string>("--paper") { Description = "Paper size: a4 or letter", DefaultValueFactory = _ => PaperSize.A4.Name };
        paper.AcceptOnlyFromAmong([.. PaperSize.All.Select(p => p.Name)]);
        var output = CommonOptions.Output("Folder to write presskit.pdf and casestudy.pdf into");
        var quiet = CommonOptions.Quiet();
        var json = CommonOptions.Json();
        var command = new Command("presskit", "Write the press kit (presskit.pdf) and the making-of case study (casestudy.pdf)") { project, paper, output, quiet, json };
        command.SetAction(async (parse, cancellation) =>
        {
            var settings = new ReleaseSettings(parse.GetValue(project)!, parse.OutputValue(output, parse.GetValue(project)!))
            {
                Versioned = false,
                UseStepCache = false,
                Only = new HashSet<string> { PressKitStep.StepName, CaseStudyStep.StepName },
                Paper = PaperSize.Find(parse.GetValue(paper)!)!,
            };
            var report = await ReleaseRun.RunAsync(console, settings, parse.GetValue(quiet) || parse.GetValue(json), cancellation);
            if (report.Failure is { } failure)
            {
                return ExitCodes.Of(failure);
            }
            var documents = report.Steps.Select(s => s.ValueAs<WrittenDocument>()).OfType<WrittenDocument>().ToList();
            if (parse.GetValue(json))
            {
                console.WriteJson(new { ok = true, documents = documents.Select(d => new { output = d.Path, pages = d.Pages }).ToList() });
            }
            else if (!parse.GetValue(quiet))
            {
                foreach (var written in documents)
                {
                    console.Ansi.MarkupLine($"[green]wrote[/] {Markup.Escape(ProjectOpener.DisplayPath(written.Path))} ({written.Pages} pages)");
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
