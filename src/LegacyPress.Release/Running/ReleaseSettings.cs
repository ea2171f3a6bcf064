using LegacyPress.Core.Loading;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Trailer;
using LegacyPress.Promo.Documents.Model;
using LegacyPress.Publish.Settings;
using LegacyPress.Render.Encoding;

namespace LegacyPress.Release.Running;

/// <summary>
/// What one run of the release pipeline is asked for. <c>release</c> uses the defaults (versioned folder, step cache,
/// manifest, links); a single-step command (<c>render</c>, <c>trailer</c>, <c>promo</c>, <c>presskit</c>,
/// <c>publish</c>) selects its steps with <see cref="Only"/>, writes straight into <see cref="OutputDirectory"/> and
/// turns the cache off — so every setting means the same thing whichever command runs the step.
/// </summary>
public sealed record ReleaseSettings(string ProjectPath, string OutputDirectory)
{
    /// <summary>
    /// The command line's <c>--preset</c>, which overrides film.yaml's <c>output</c> for this run; null renders as
    /// film.yaml says. Resolved once, when the film is prepared: steps read <see cref="Preparation.PreparedFilm.Preset"/>.
    /// </summary>
    public RenderPreset? Preset { get; init; }

    /// <summary>True: outputs go to <c>OutputDirectory/&lt;version&gt;/</c> and the top-level entries link to it.</summary>
    public bool Versioned { get; init; } = true;

    /// <summary>Skip a step whose inputs and outputs are unchanged since it last ran.</summary>
    public bool UseStepCache { get; init; } = true;

    /// <summary>Rebuild every selected step, ignoring the step cache and the film's cached pieces.</summary>
    public bool Force { get; init; }

    /// <summary>Run only these steps (by name); null runs the whole table.</summary>
    public IReadOnlySet<string>? Only { get; init; }

    /// <summary>Run this step and every later one; null starts at the first.</summary>
    public string? From { get; init; }

    /// <summary>Also publish what was built (the publish step is otherwise not run).</summary>
    public bool Publish { get; init; }

    /// <summary>Render only this range of the film (plain render, not cached in pieces), and caption only it.</summary>
    public FilmRange? Range { get; init; }

    /// <summary>The file a cut's video is written to in this run: <paramref name="videoFileName"/>, or with the range in it (<see cref="FilmRange.Named"/>).</summary>
    public string VideoFileName(string videoFileName) => Range is { } range ? range.Named(videoFileName) : videoFileName;

    /// <summary>Picture only: no soundtrack is mixed or muxed.</summary>
    public bool Silent { get; init; }

    public TrailerOptions Trailer { get; init; } = new();

    /// <summary>Also render the trailer at the vertical preset (Shorts, Reels).</summary>
    public bool TrailerVertical { get; init; }

    /// <summary>Make only these promo assets (template or text names); null makes all.</summary>
    public IReadOnlySet<string>? PromoOnly { get; init; }

    public PaperSize Paper { get; init; } = PaperSize.A4;

    public PublishOptions Publishing { get; init; } = new();
}

/// <summary>A time range of the film to render, in seconds (<c>render --from</c>, <c>--to</c>); either end may be open.</summary>
public sealed record FilmRange(double? FromSeconds, double? ToSeconds)
{
    /// <summary>The frames of <paramref name="timeline"/> the range holds, rounded as the renderer rounds them; null when it holds none.</summary>
    public FrameRange? Frames(Timeline timeline) => FrameRange.FromSeconds(FromSeconds, ToSeconds, timeline.FrameRate, timeline.TotalFrames);

    /// <summary>
    /// A video's file name with the range in it, so a range never overwrites the whole cut's file: <c>film-preview.mp4</c>
    /// from 0.5 to 2 s is <c>film-preview-0.5-2.mp4</c>, <c>film.mp4</c> is <c>film-0.5-2.mp4</c>; an open end is
    /// <c>0</c> or <c>end</c> (<c>film-10-end.mp4</c>). Its captions take the same name (<c>film-0.5-2.srt</c>).
    /// </summary>
    public string Named(string videoFileName) =>
        $"{Path.GetFileNameWithoutExtension(videoFileName)}-{FilmLoader.Format(FromSeconds ?? 0)}-{(ToSeconds is { } to ? FilmLoader.Format(to) : "end")}{Path.GetExtension(videoFileName)}";

    /// <summary>
    /// Why the range does not lie on <paramref name="timeline"/> — a bound past the film's end, or no whole frame
    /// between the two — or null. The runner asks before anything is mixed or made.
    /// </summary>
    public string? Problem(Timeline timeline)
    {
        var problems = new[]
        {
            FromSeconds is { } from ? FilmTimeBounds.Frame("--from", from, timeline) : null,
            ToSeconds is { } to ? FilmTimeBounds.End("--to", to, timeline) : null,
        }.OfType<string>().ToList();
        if (problems.Count == 0 && Frames(timeline) is null)
        {
            problems.Add($"--from {FilmLoader.Format(FromSeconds ?? 0)} s to --to {FilmLoader.Format(ToSeconds ?? timeline.RuntimeSeconds)} s holds no whole frame " +
                $"(frames are {FilmLoader.Format(timeline.Seconds(1))} s apart at {timeline.FrameRate} fps)");
        }
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }
}

/// <summary>How the publish step uploads: which file, privacy override, replace, dry run, transport limits.</summary>
public sealed record PublishOptions
{
    /// <summary>The film to upload; null for the release's <c>film.mp4</c>.</summary>
    public string? FilmPath { get; init; }

    public Privacy? Privacy { get; init; }

    public bool Replace { get; init; }

    /// <summary>Plan only: nothing is sent.</summary>
    public bool DryRun { get; init; }

    public long? RateLimitBytesPerSecond { get; init; }

    public int? ChunkBytes { get; init; }
}
