using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LegacyPress.Promo.Campaign;
using LegacyPress.Release.Running;
using LegacyPress.Release.Steps;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary>
/// <c>legacypress promo</c>: the release's promo step (cache off): every promo asset (posters, thumbnails, banners,
/// social images) and text. Layers that did not fit as their templates ask are warnings on stderr, and in <c>--json</c>.
/// </summary>
internal static class PromoCommand
{
    private static readonly JsonSerializerOptions JsonOptions = CliJson.Options;

    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var only = new Option<string[]>("--only") { Description = "Make only these assets (template or text names; 'text' for all texts)", AllowMultipleArgumentsPerToken = true };
        var output = CommonOptions.Output("Folder to write into; assets go to <folder>/promo");
        var json = CommonOptions.Json();
        var quiet = CommonOptions.Quiet();
        var command = new Command("promo", "Make the campaign: poster (print PDF too), thumbnail, banners, social images, wallpapers, descriptions and posts")
        {
            project, only, output, json, quiet,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var names = parse.GetValue(only) is { Length: > 0 } list ? list.ToHashSet(StringComparer.Ordinal) : null;
            var settings = new ReleaseSettings(parse.GetValue(project)!, parse.OutputValue(output, parse.GetValue(project)!))
            {
                Versioned = false,
                UseStepCache = false,
                Only = new HashSet<string> { PromoStep.StepName },
                PromoOnly = names,
            };
            var run = await ReleaseRun.RunAsync(console, settings, parse.GetValue(json) || parse.GetValue(quiet), cancellation);
            if (run.Failure is { } failure)
            {
                return ExitCodes.Of(failure);
            }
            var report = run.Step(PromoStep.StepName)!.ValueAs<PromoReport>()!;
            if (parse.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(report, JsonOptions));
            }
            else if (!parse.GetValue(quiet))
            {
                foreach (var file in report.Files)
                {
                    var quality = file.JpegQuality is { } q ? $", quality {q}" : "";
                    console.Ansi.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                        $"wrote {ProjectOpener.DisplayPath(file.Path)} ({file.Platform} {file.Purpose}, {file.WidthPixels}x{file.HeightPixels}, {file.DotsPerInch} dpi, {file.Bytes / 1024.0:0} KB{quality})")));
                }
                foreach (var text in report.Texts)
                {
                    console.Ansi.MarkupLine(Markup.Escape($"wrote {ProjectOpener.DisplayPath(text.Path)} ({text.Characters} characters{(text.Truncated ? ", truncated to fit" : "")})"));
                }
                // The warnings themselves went to stderr at their template lines; the count keeps them from scrolling by unseen.
                var warnings = report.Warnings.Count == 0 ? "" : $", {report.Warnings.Count} warning{(report.Warnings.Count == 1 ? "" : "s")} (layers that do not fit as their templates ask; also in promo.json)";
                console.Ansi.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{report.Files.Count} files and {report.Texts.Count} texts in {report.Seconds:0.0} s{warnings}")));
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
