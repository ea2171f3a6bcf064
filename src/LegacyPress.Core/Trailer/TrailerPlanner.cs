using LegacyPress.Core.Instrumentation;
using System.Globalization;
using LegacyPress.Core.Audio;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Planning.Music;

namespace LegacyPress.Core.Trailer;

/// <summary>
/// The pure function from a film and its timeline to a trailer: hook, rising beats, climax, then title,
/// tagline and closing cards, landing on the target length to the frame. Segments own their hold and
/// reach into the next one by their transition, so runtime = Σ holds. With analysed music the cuts go to its
/// beats and the title to a downbeat or marker (<see cref="TrailerBeats"/>).
/// </summary>
public static class TrailerPlanner
{
    private sealed record Beat(Segment Draft, double WantedSeconds, TransitionSpec Out);

    public static TrailerPlan Plan(Film film, Timeline filmTimeline, TrailerOptions? options = null)
    {
        options ??= new TrailerOptions();
        WorkCounters.CountProject(WorkCounters.TrailerPlans, film.Project.Directory);
        var rate = filmTimeline.FrameRate;
        var length = options.LengthSeconds ?? film.Trailer.LengthSeconds ?? TrailerShape.DefaultLengthSeconds;
        var totalFrames = rate.Frames(length);
        var notes = new List<string>();

        var cards = Cards(film, length);
        var cardFrames = cards.Select(c => rate.Frames(c.WantedSeconds)).ToList();
        var shotFrames = totalFrames - cardFrames.Sum();
        var filmShots = filmTimeline.Shots.ToList();
        var picked = TrailerShotPicker.Pick(filmShots, film.Trailer.Shots, rate.Seconds(shotFrames));

        // The fitter shares out whole frames by fractional wishes, so a decimal rate is all it needs.
        var fps = rate.FramesPerSecond;
        var (holds, relaxed) = HoldFitter.Fit(
            WantedHolds(picked.Count).Select(s => s * fps).ToList(),
            shotFrames,
            TrailerShape.MinHoldSeconds * fps,
            TrailerShape.MaxHoldSeconds * fps);
        if (relaxed)
        {
            notes.Add($"the film has too few shots for a {Format(length)} s trailer at most {Format(TrailerShape.MaxHoldSeconds)} s each; shots hold about {Format(rate.Seconds(shotFrames) / picked.Count)} s");
        }

        var beats = new List<Beat>();
        for (var i = 0; i < picked.Count; i++)
        {
            var isLast = i == picked.Count - 1;
            // The climax cuts hard into the title: the sting lands on that cut.
            var transition = isLast ? TransitionSpec.Cut : ShotTransition(i, picked.Count);
            beats.Add(new Beat(picked[i], rate.Seconds(holds[i]), transition));
        }
        beats.AddRange(cards);
        var allHolds = holds.Concat(cardFrames).ToArray();

        // The music is chosen from the holds as fitted (the film's score under the climax plays under the trailer's),
        // entered so the title lands on a marker or downbeat, and then the cuts move to its beats.
        var climaxStart = rate.Seconds(holds.Take(picked.Count - 1).Sum());
        var titleAt = rate.Seconds(holds.Sum());
        var music = Music(film, filmTimeline, picked[^1], climaxStart, rate.Seconds(totalFrames));
        var grid = MusicGrid.Empty;
        IReadOnlyList<CutPlacement> cuts = [];
        if (music.Count == 1 && music[0].Analysis is { } analysis)
        {
            var (aligned, titleNote) = TrailerBeats.AlignTitle(music[0], titleAt, rate.Seconds(totalFrames));
            music = [aligned];
            grid = MusicGrid.Of(film with { Music = music }, rate.Seconds(totalFrames) + 1);
            var snapped = TrailerBeats.SnapHolds(
                beats.Select((b, i) => (b.Draft.Label, allHolds[i], i < beats.Count - 1 ? TransitionCut.Of(rate.Frames(b.Out.DurationSeconds), b.Out.Easing) : TransitionCut.Hard, b.Draft is ShotSegment)).ToList(),
                picked.Count, titleAt, grid, 60 / analysis.TempoBpm, rate);
            allHolds = snapped.Frames;
            cuts = snapped.Cuts;
            var onBeat = cuts.Count(c => c.GridSeconds is not null);
            notes.Add($"cut on the music ({analysis.TempoBpm:0.#} bpm): {onBeat} of {cuts.Count} cuts on a beat{(titleNote is null ? "" : $"; {titleNote}")}");
        }

        var segments = new List<Segment>();
        var transitions = new List<TransitionSpan>();
        var placed = new List<TrailerNarrationPicker.Placed>();
        var sounds = new List<SoundSpan>();
        var start = 0;
        for (var i = 0; i < beats.Count; i++)
        {
            var outFrames = i < beats.Count - 1 ? rate.Frames(beats[i].Out.DurationSeconds) : 0;
            var frames = allHolds[i] + outFrames;
            var segment = beats[i].Draft switch
            {
                ShotSegment shot => shot with { Index = i, StartFrame = start, FrameCount = frames, Motion = Faster(shot, frames) },
                var card => card with { Index = i, StartFrame = start, FrameCount = frames },
            };
            segments.Add(segment);
            if (outFrames > 0)
            {
                transitions.Add(new TransitionSpan(i, i + 1, beats[i].Out, start + allHolds[i], outFrames));
            }
            if (segment is ShotSegment s)
            {
                placed.Add(new TrailerNarrationPicker.Placed(s, rate.Seconds(start), rate.Seconds(allHolds[i])));
                sounds.AddRange(ShotSounds(s, rate.Seconds(start), rate.Seconds(allHolds[i])));
            }
            start += allHolds[i];
        }

        var titleStart = rate.Seconds(segments.OfType<CardSegment>().First().StartFrame);
        var runtime = rate.Seconds(totalFrames);
        var narration = TrailerNarrationPicker.Pick(film, placed, titleStart, runtime, options.SpokenSeconds, notes);
        if (film.Trailer.Sting is { } sting)
        {
            sounds.Add(new SoundSpan("title card", Sting(film, sting), titleStart));
        }

        var timeline = new Timeline(rate, segments, transitions, narration, sounds.OrderBy(s => s.StartSeconds).ToList(), start) { Music = grid, Cuts = cuts };
        return new TrailerPlan(film with { Music = music }, timeline, notes);
    }

    /// <summary>Holds wanted before fitting: the hook, beats that accelerate toward the climax, the climax.</summary>
    private static List<double> WantedHolds(int count)
    {
        if (count <= 2)
        {
            return Enumerable.Repeat(TrailerShape.ClimaxHoldSeconds, count).ToList();
        }
        var beats = count - 2;
        var holds = new List<double> { TrailerShape.HookHoldSeconds };
        for (var j = 0; j < beats; j++)
        {
            var t = beats == 1 ? 0 : (double)j / (beats - 1);
            holds.Add(TrailerShape.FirstBeatHoldSeconds + (TrailerShape.LastBeatHoldSeconds - TrailerShape.FirstBeatHoldSeconds) * t);
        }
        holds.Add(TrailerShape.ClimaxHoldSeconds);
        return holds;
    }

    private static TransitionSpec ShotTransition(int index, int count)
    {
        var progress = (double)index / Math.Max(1, count - 1);
        return progress < TrailerShape.SoftPartUntil ? new TransitionSpec("crossfade", TrailerShape.CrossfadeSeconds, Easing.EaseInOut)
             : progress >= TrailerShape.DipPartFrom ? new TransitionSpec("dip-to-black", TrailerShape.DipSeconds, Easing.EaseIn)
             : TransitionSpec.Cut;
    }

    private static List<Beat> Cards(Film film, double length)
    {
        var meta = film.Metadata;
        var separateTagline = length >= TrailerShape.SeparateTaglineFromSeconds && meta.Tagline is not null;
        var dip = new TransitionSpec("dip-to-black", TrailerShape.CardDipSeconds, Easing.EaseInOut);
        var cards = new List<Beat>
        {
            new(new CardSegment(0, 0, 0, new Card.OpeningTitle(meta.Title, separateTagline ? null : meta.Tagline)), TrailerShape.TitleCardSeconds, dip),
        };
        if (separateTagline)
        {
            cards.Add(new Beat(new CardSegment(0, 0, 0, new Card.Statement(meta.Tagline!)), TrailerShape.TaglineCardSeconds, dip));
        }
        var closing = film.Trailer.Closing;
        var release = meta.ReleaseDate?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var link = closing.Link ?? meta.Links.FirstOrDefault()?.Url;
        var closingSeconds = separateTagline ? TrailerShape.ClosingCardSeconds : TrailerShape.ShortClosingCardSeconds;
        cards.Add(new Beat(new CardSegment(0, 0, 0, new Card.Closing(closing.Text, release, link)), closingSeconds, TransitionSpec.Cut));
        return cards;
    }

    /// <summary>
    /// The busiest stretch of the film's move, at <see cref="TrailerShape.MotionSpeed"/> times its speed: the
    /// middle of the move (where an eased move is fastest), or the whole move if the hold is long enough for it.
    /// </summary>
    public static ResolvedMotion Faster(ShotSegment filmShot, int trailerFrames)
    {
        var motion = filmShot.Motion;
        var fraction = Math.Min(1, TrailerShape.MotionSpeed * trailerFrames / Math.Max(1, filmShot.FrameCount));
        if (fraction >= 1)
        {
            return motion;
        }
        var from = (1 - fraction) / 2;
        return new ResolvedMotion(motion.At(from), motion.At(from + fraction), Easing.Linear);
    }

    /// <summary>A shot keeps the effects that start while it holds, cut to end with it (plus a short ring-out).</summary>
    private static IEnumerable<SoundSpan> ShotSounds(ShotSegment shot, double start, double hold)
    {
        foreach (var cue in shot.Shot.Sounds.Where(c => c.AtSeconds < hold))
        {
            var natural = cue.DurationSeconds ?? (cue.Effect is { } e ? AudioPlanner.DefaultEffectSeconds(e) : hold);
            var seconds = Math.Min(natural, hold - cue.AtSeconds + 0.5);
            yield return new SoundSpan(shot.Shot.Id, cue with { DurationSeconds = seconds }, start + cue.AtSeconds);
        }
    }

    private static SoundCue Sting(Film film, string effect) =>
        new(0, effect, null, TrailerShape.StingSeconds, TrailerShape.StingPitch, 1, FilmDefaults.SoundSeed, TrailerShape.StingGainDb,
            new SourceLocation(film.Project.FilePath, 1, 1));

    /// <summary>
    /// The trailer's music: its own track from the start, or the film's score entered so that the music the
    /// film plays under the climax shot plays under the trailer's climax too.
    /// </summary>
    private static List<MusicTrack> Music(Film film, Timeline filmTimeline, ShotSegment climax, double climaxInTrailer, double runtime)
    {
        var ducking = new Ducking(FilmDefaults.DuckGainDb, FilmDefaults.DuckAttackSeconds, FilmDefaults.DuckReleaseSeconds);
        if (film.Trailer.Music is { } own)
        {
            return [new MusicTrack("trailer", own.FilePath, 0, runtime, own.OffsetSeconds, false, own.GainDb,
                TrailerShape.MusicFadeInSeconds, TrailerShape.MusicFadeOutSeconds, ducking, own.FileDurationSeconds) { Analysis = own.Analysis }];
        }
        var climaxInFilm = filmTimeline.Seconds(climax.StartFrame);
        var score = film.Music.FirstOrDefault(t => t.StartSeconds <= climaxInFilm && (t.EndSeconds ?? double.MaxValue) > climaxInFilm)
            ?? film.Music.FirstOrDefault();
        if (score is null)
        {
            return [];
        }
        var offset = Math.Max(0, climaxInFilm - score.StartSeconds + score.OffsetSeconds - climaxInTrailer);
        if (!score.Loop && score.FileDurationSeconds is { } fileSeconds)
        {
            offset = Math.Max(0, Math.Min(offset, fileSeconds - runtime));
        }
        return [score with
        {
            StartSeconds = 0,
            EndSeconds = runtime,
            OffsetSeconds = offset,
            FadeInSeconds = TrailerShape.MusicFadeInSeconds,
            FadeOutSeconds = TrailerShape.MusicFadeOutSeconds,
        }];
    }

    private static string Format(double seconds) => seconds.ToString("0.#", CultureInfo.InvariantCulture);
}
