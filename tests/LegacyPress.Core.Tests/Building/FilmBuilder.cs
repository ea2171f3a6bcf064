using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;

namespace LegacyPress.Core.Tests.Building;

/// <summary>
/// Builds <see cref="Film"/> records in tests so they read like the film they describe:
/// <c>FilmBuilder.WithOpening(5).Act("Legacy", Shot("a", 6).Crossfade(1), Shot("b", 4))</c>.
/// Unlike film.yaml, nothing is implied: no cards, cuts between shots, 30 fps, unless asked for.
/// </summary>
public sealed class FilmBuilder
{
    private readonly List<(string Title, ShotBuilder[] Shots)> acts = [];
    private readonly List<Credit> credits = [];
    private OpeningCard? opening;
    private ActCards? actCards;
    private CreditsCard? creditsCard;
    private FrameRate rate = new(30);
    private NarrationTiming timing = FilmDefaults.NarrationTiming;
    private readonly List<MusicTrack> music = [];
    private TimingSnap snap = TimingSnap.Off;

    private FilmBuilder()
    {
    }

    public static FilmBuilder Empty => new();

    /// <summary>A film that opens on a title card of <paramref name="seconds"/>, dipping to black over <paramref name="dipSeconds"/> (0: a cut).</summary>
    public static FilmBuilder WithOpening(double seconds, double dipSeconds = 0) =>
        new() { opening = new OpeningCard(seconds, Dip(dipSeconds)) };

    public static FilmBuilder WithoutCards => new();

    public FilmBuilder ActCards(double seconds, double dipSeconds = 0)
    {
        actCards = new ActCards(seconds, Dip(dipSeconds));
        return this;
    }

    /// <summary>An end-credits roll: null seconds lets the planner size it from the list.</summary>
    public FilmBuilder Credits(double? seconds, params (string Role, string[] Names)[] roles)
    {
        creditsCard = new CreditsCard(seconds);
        credits.AddRange(roles.Select(r => new Credit(r.Role, r.Names)));
        return this;
    }

    public FilmBuilder Fps(FrameRate frameRate)
    {
        rate = frameRate;
        return this;
    }

    public FilmBuilder Timing(double leadIn = 0.5, double tail = 1.0, double silentShot = 5.0, double wordsPerSecond = 2.5)
    {
        timing = new NarrationTiming(leadIn, tail, silentShot, wordsPerSecond);
        return this;
    }

    /// <summary>
    /// A music track already listened to: a beat every <paramref name="beatSeconds"/> from <paramref name="firstBeatSeconds"/>
    /// through a file of <paramref name="fileSeconds"/>, bars of <paramref name="beatsPerBar"/> from the first beat, and
    /// named markers (seconds into the file); placed at <paramref name="startSeconds"/>, from <paramref name="offsetSeconds"/>.
    /// </summary>
    public FilmBuilder Music(
        double beatSeconds, double firstBeatSeconds = 0, double fileSeconds = 120, int beatsPerBar = 4, double startSeconds = 0,
        double offsetSeconds = 0, bool loop = false, params (string Name, double At)[] markers)
    {
        var beats = new List<double>();
        for (var t = firstBeatSeconds; t < fileSeconds; t += beatSeconds)
        {
            beats.Add(t);
        }
        var at = new SourceLocation(FilmLoader.FileName, 3, 5);
        music.Add(new MusicTrack($"music-{music.Count + 1}", "music/score.ogg", startSeconds, null, offsetSeconds, loop, 0, 0, 0, null, fileSeconds)
        {
            Grid = MusicGridSettings.Default with { Markers = markers.Select(m => new MusicMarker(m.Name, m.At, at)).ToList() },
            Analysis = new MusicAnalysis(60 / beatSeconds, beats, beats.Where((_, i) => i % beatsPerBar == 0).ToList(), [], fileSeconds),
            Location = at,
        });
        return this;
    }

    /// <summary>The film's <c>timing: { snap, tolerance }</c>.</summary>
    public FilmBuilder Snap(SnapTarget target, double toleranceSeconds = TimingSnap.DefaultToleranceSeconds)
    {
        snap = new TimingSnap(target, toleranceSeconds, new SourceLocation(FilmLoader.FileName, 2, 9));
        return this;
    }

    public FilmBuilder Act(string title, params ShotBuilder[] shots)
    {
        acts.Add((title, shots));
        return this;
    }

    public Film Build()
    {
        var line = 10;
        var builtActs = acts.Select((a, i) =>
        {
            var actLine = line++;
            var shots = a.Shots.Select(s => s.Build(line++)).ToList();
            return new Act(i + 1, a.Title, shots, new SourceLocation(FilmLoader.FileName, actLine, 5));
        }).ToList();
        var output = OutputPresets.Find("preview")!;
        return new Film(
            new ProjectInfo("/films/test", "/films/test/film.yaml", 1),
            new FilmMetadata("Test Film", "A tagline", null, null, "1.0.0", null, "en", [], credits, null, []),
            new OutputFormat(output.Name, output.WidthPixels, output.HeightPixels, rate),
            new Look(null, 1, 0, 0, false, 1),
            new Dictionary<string, Voice> { [FilmDefaults.NarrationVoice] = FilmDefaults.DefaultVoice },
            music,
            new Cards(opening, actCards, creditsCard),
            builtActs,
            timing,
            FreeSection.Empty,
            FreeSection.Empty)
        { Timing = snap };
    }

    public static implicit operator Film(FilmBuilder builder) => builder.Build();

    /// <summary>A shot of fixed length, cut to the next unless told otherwise.</summary>
    public static ShotBuilder Shot(string id, double seconds) => new(id, new ShotDuration.Fixed(seconds));

    /// <summary>A <c>duration: auto</c> shot, fitted to its narration.</summary>
    public static ShotBuilder AutoShot(string id) => new(id, new ShotDuration.Auto());

    private static TransitionSpec Dip(double seconds) =>
        seconds > 0 ? new TransitionSpec("dip-to-black", seconds, Easing.EaseInOut) : TransitionSpec.Cut;
}

/// <summary>One shot under construction; each method says what the shot does on screen or in the ear.</summary>
public sealed class ShotBuilder(string id, ShotDuration duration)
{
    private TransitionSpec transition = TransitionSpec.Cut;
    private MotionSpec motion = new MotionSpec.Preset(MotionPreset.Still, FilmDefaults.MotionAmount, Easing.Linear);
    private FocusPoint focus = FocusPoint.Centre;
    private Narration? narration;
    private bool trailer;
    private readonly List<double> cues = [];
    private readonly List<MusicAnchor> anchoredCues = [];
    private TimingSnap? snap;
    private MusicAnchor.Marker? startAnchor;

    /// <summary>Marked <c>trailer: true</c>: the trailer planner prefers it.</summary>
    public ShotBuilder InTrailer()
    {
        trailer = true;
        return this;
    }

    public ShotBuilder Crossfade(double seconds) => Transition("crossfade", seconds);

    public ShotBuilder Transition(string kind, double seconds, Easing easing = Easing.EaseInOut)
    {
        transition = new TransitionSpec(kind, seconds, easing);
        return this;
    }

    /// <summary>Narration by the default voice whose length is not yet known (estimated from its words).</summary>
    public ShotBuilder Says(string text)
    {
        narration = new Narration(text, null, FilmDefaults.NarrationVoice, null);
        return this;
    }

    /// <summary>Narration whose audio has been measured at <paramref name="seconds"/>.</summary>
    public ShotBuilder SaysFor(double seconds, string text = "a measured line")
    {
        narration = new Narration(text, null, FilmDefaults.NarrationVoice, seconds);
        return this;
    }

    public ShotBuilder Motion(MotionPreset preset, double amount = FilmDefaults.MotionAmount, Easing easing = Easing.Linear)
    {
        motion = new MotionSpec.Preset(preset, amount, easing);
        return this;
    }

    public ShotBuilder Motion(Framing start, Framing end, Easing easing = Easing.Linear)
    {
        motion = new MotionSpec.Explicit(start, end, easing);
        return this;
    }

    public ShotBuilder Focus(double x, double y)
    {
        focus = new FocusPoint(x, y);
        return this;
    }

    /// <summary>A synthesised whoosh <paramref name="seconds"/> after the shot starts.</summary>
    public ShotBuilder SfxAt(double seconds)
    {
        cues.Add(seconds);
        return this;
    }

    /// <summary>A whoosh on the shot's <paramref name="beat"/>th beat (<c>at: { beat: N }</c>).</summary>
    public ShotBuilder SfxOnBeat(int beat, double offsetSeconds = 0)
    {
        anchoredCues.Add(new MusicAnchor.Beat(beat, offsetSeconds, new SourceLocation(FilmLoader.FileName, 90, 13)));
        return this;
    }

    /// <summary>A whoosh at a marker (<c>at: { marker: name, offset: s }</c>).</summary>
    public ShotBuilder SfxAtMarker(string marker, double offsetSeconds = 0)
    {
        anchoredCues.Add(new MusicAnchor.Marker(marker, offsetSeconds, new SourceLocation(FilmLoader.FileName, 91, 13)));
        return this;
    }

    /// <summary>The shot's own <c>timing</c> (the cut at its end).</summary>
    public ShotBuilder Snap(SnapTarget target, double toleranceSeconds = TimingSnap.DefaultToleranceSeconds)
    {
        snap = new TimingSnap(target, toleranceSeconds, null);
        return this;
    }

    /// <summary><c>at: { marker: name }</c>: the shot starts on a marker.</summary>
    public ShotBuilder StartsAt(string marker, double offsetSeconds = 0)
    {
        startAnchor = new MusicAnchor.Marker(marker, offsetSeconds, new SourceLocation(FilmLoader.FileName, 92, 13));
        return this;
    }

    internal Shot Build(int line)
    {
        var at = new SourceLocation(FilmLoader.FileName, line, 9);
        var sounds = cues.Select(s => new SoundCue(s, "whoosh", null, null, 1, 1, 1, -6, at))
            .Concat(anchoredCues.Select(a => new SoundCue(0, "whoosh", null, null, 1, 1, 1, -6, a.Location) { Anchor = a }))
            .ToList();
        return new Shot(id, $"images/{id}.jpg", duration, motion, focus, Fit.Cover, transition, narration, sounds, null, null, null, trailer, at)
        {
            Timing = snap,
            StartAnchor = startAnchor,
        };
    }
}
