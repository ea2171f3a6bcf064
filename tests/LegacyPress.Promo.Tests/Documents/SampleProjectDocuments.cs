using System.Diagnostics;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Planning;
using LegacyPress.Promo.Documents.Model;
using LegacyPress.Promo.PressKit;
using LegacyPress.Render.Films;
using LegacyPress.Render.Media;
using LegacyPress.TestSupport;

namespace LegacyPress.Promo.Tests.Documents;

/// <summary>
/// The sample film's press kit and case study, written once for all the PDF tests from a copy of samples/legacy
/// (so caches stay out of the repository), with the placeholder frame drawer for the storyboard.
/// </summary>
public sealed class SampleProjectDocuments : IDisposable
{
    public SampleProjectDocuments()
    {
        Project = CopySample();
        Output = Path.Combine(Project, "out");
        Result = Write(Project, Output, PaperSize.A4);
    }

    public string Project { get; }

    public string Output { get; }

    public ProjectDocumentsResult Result { get; }

    public string PressKit => Path.Combine(Output, ProjectDocuments.PressKitFile);

    public string CaseStudy => Path.Combine(Output, ProjectDocuments.CaseStudyFile);

    public void Dispose() => Directory.Delete(Project, recursive: true);

    public static ProjectDocumentsResult Write(string project, string output, PaperSize paper)
    {
        var loaded = new FilmLoader(new MediaInspector()).Load(project);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Diagnostics));
        var timeline = TimelinePlanner.Plan(loaded.Film!).Timeline!;
        // The storyboard needs a frame drawer; a flat one keeps this test about documents, not composition.
        FrameDrawerFactory drawers = (film, t, preset) => new FlatFrameDrawer(preset.WidthPixels, preset.HeightPixels, t.FrameRate, t.TotalFrames);
        return new ProjectDocuments(drawers, p => Path.GetRelativePath(project, p)).Write(loaded.Film!, timeline, paper, output);
    }

    public static string CopySample()
    {
        var source = RepositoryFiles.PathOf("samples", "legacy");
        var target = Directory.CreateTempSubdirectory("lp-presskit-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Where(f => !f.Contains(".legacypress", StringComparison.Ordinal)))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return target;
    }

    /// <summary>Runs a poppler tool and returns its standard output.</summary>
    public static string Poppler(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {process.StandardError.ReadToEnd()}");
        return output;
    }
}
