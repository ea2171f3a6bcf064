using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LegacyPress.Promo;
using LegacyPress.Promo.Campaign;
using LegacyPress.Render.Films;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary><c>legacypress promo</c>: writes every promo asset (posters, thumbnails, banners, social images) and text of a film.</summary>
internal static class PromoCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(CliConsole console, FrameDrawerFactory drawers)
    {
        var project = CommonOptions.Project();
        var only = new Option<string[]>("--only") { Description = "Make only these assets (template or text names; 'text' for all texts)", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write into; assets go to <folder>/promo", DefaultValueFactory = _ => "artifacts" };
        var json = CommonOptions.Json();
        var quiet = CommonOptions.Quiet();
        var command = new Command("promo", "Make the campaign: poster (print PDF too), thumbnail, banners, social images, wallpapers, descriptions and posts")
        {
            project, only, output, json, quiet,
        };
        command.SetAction((parse, cancellation) =>
        {
            var opened = ProjectOpener.Open(parse.GetValue(project)!, console);
            if (opened is null)
            {
                return Task.FromResult(ExitCodes.Failed);
            }
            var names = parse.GetValue(only) is { Length: > 0 } list ? list.ToHashSet(StringComparer.Ordinal) : null;
            var folder = Path.GetFullPath(Path.Combine(parse.GetValue(output)!, "promo"));
            PromoReport report;
            try
            {
                report = PromoCampaign.Run(new PromoRequest(opened.Film, opened.Timeline, BundledFiles.Templates, folder, names, drawers, ProjectOpener.DisplayPath), cancellation);
            }
            catch (PromoException e)
            {
                throw new UserFacingException(e.Message);
            }
            if (!report.Ok)
            {
                console.Report(report.Problems);
                return Task.FromResult(ExitCodes.Failed);
            }
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
                console.Ansi.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{report.Files.Count} files and {report.Texts.Count} texts in {report.Seconds:0.0} s")));
            }
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
