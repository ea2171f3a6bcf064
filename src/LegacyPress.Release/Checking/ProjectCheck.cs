using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Promo.Campaign;
using LegacyPress.Promo.PressKit;
using LegacyPress.Publish.Settings;
using LegacyPress.Release.Preparation;

namespace LegacyPress.Release.Checking;

/// <summary>
/// Everything a release will read, checked before any work: the <c>promo:</c> and <c>publish:</c> sections, the
/// voices narration is spoken with (asked of their engines), the generated sound effects it could not make, the layout and text templates (the project's and the
/// bundled ones), and the press kit's and case study's Markdown. Nothing is spoken, drawn, laid out or sent; narration
/// not yet spoken is timed from its word count, as <c>legacypress check</c> does.
/// </summary>
public static class ProjectCheck
{
    /// <summary>Every problem a release of a loaded <paramref name="film"/> would meet, sorted by file, line and column; empty when it can go ahead.</summary>
    public static IReadOnlyList<Diagnostic> Run(Film film, string bundledTemplatesDirectory, Func<string, string> display, DateTimeOffset now)
    {
        var planned = TimelinePlanner.Plan(film);
        if (!planned.Ok)
        {
            // Templates and documents are checked against the timeline, so without one the planning problems are the report.
            var problems = new DiagnosticBag();
            problems.AddRange(Sections(film, now));
            var shown = display(film.Project.FilePath);
            problems.AddRange(planned.Diagnostics.Select(d => d.Location.File == film.Project.FilePath ? d with { Location = d.Location with { File = shown } } : d));
            return problems.ToSortedList();
        }
        return Run(film, planned.Timeline!, bundledTemplatesDirectory, display, now);
    }

    /// <summary>
    /// The same check against a timeline already planned (a release plans once, from the spoken narration, and checks
    /// that timeline before its first step).
    /// </summary>
    public static IReadOnlyList<Diagnostic> Run(Film film, Timeline timeline, string bundledTemplatesDirectory, Func<string, string> display, DateTimeOffset now)
    {
        var problems = new DiagnosticBag();
        problems.AddRange(Sections(film, now));
        problems.AddRange(PromoCampaign.Check(film, timeline, bundledTemplatesDirectory, display));
        problems.AddRange(ProjectDocuments.Check(film, timeline, display));
        // The same promo setting problem reaches us from the campaign and the documents; the bag keeps one of each.
        return problems.ToSortedList();
    }

    /// <summary>
    /// All of <c>legacypress check</c>: <see cref="Run(Film, Timeline, string, Func{string, string}, DateTimeOffset)"/>, the voices,
    /// which <paramref name="speech"/>'s engines judge without speaking, and generated sound effects a render could not make.
    /// </summary>
    public static async Task<IReadOnlyList<Diagnostic>> RunAsync(
        Film film, Timeline timeline, SpeechServices speech, string bundledTemplatesDirectory, Func<string, string> display, DateTimeOffset now, CancellationToken cancellation)
    {
        var problems = new DiagnosticBag();
        problems.AddRange(Run(film, timeline, bundledTemplatesDirectory, display, now));
        problems.AddRange(await AudioAsync(film, speech, cancellation).ConfigureAwait(false));
        return problems.ToSortedList();
    }

    /// <summary>
    /// What can be checked before narration is spoken (a paid voice costs money): the sections, the voices, and the
    /// generated sound effects that could not be made (no key), which would otherwise stop the run after the speaking.
    /// </summary>
    public static async Task<IReadOnlyList<Diagnostic>> BeforeSpeakingAsync(Film film, SpeechServices speech, DateTimeOffset now, CancellationToken cancellation)
    {
        var problems = new DiagnosticBag();
        problems.AddRange(Sections(film, now));
        problems.AddRange(await AudioAsync(film, speech, cancellation).ConfigureAwait(false));
        return problems.ToSortedList();
    }

    /// <summary>The voices and the generated sound effects: what the ElevenLabs and espeak side of a render needs.</summary>
    private static async Task<IReadOnlyList<Diagnostic>> AudioAsync(Film film, SpeechServices speech, CancellationToken cancellation) =>
        [.. await VoiceCheck.RunAsync(film, speech.Engines, cancellation).ConfigureAwait(false), .. GeneratedSoundCheck.Problems(film, speech.Sounds)];

    /// <summary>
    /// The <c>promo:</c> and <c>publish:</c> sections alone: what can be checked before narration is spoken.
    /// <paramref name="now"/> is the caller's clock, read once at the edge, for <c>publish_at</c>.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Sections(Film film, DateTimeOffset now)
    {
        var problems = new DiagnosticBag();
        problems.AddRange(PromoSettings.From(film).Problems);
        problems.AddRange(PublishSettingsReader.Read(film, now).Diagnostics);
        return problems.ToSortedList();
    }
}
