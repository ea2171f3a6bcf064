using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Instrumentation;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning.Music;

namespace LegacyPress.Core.Planning;

/// <summary>
/// The pure function from a <see cref="Film"/> to its <see cref="Timeline"/>: no clock, no disk.
/// Segments are laid on whole frames; each transition overlaps the end of one segment with the start
/// of the next, so runtime = Σ segment frames − Σ transition frames. With <c>timing: { snap: … }</c> the cuts then
/// move to the music's grid (<see cref="CutSnapper"/>), from the analysis preparation put on each music track.
/// </summary>
public static class TimelinePlanner
{
    private sealed record Item(Segment Draft, TransitionSpec Out, SourceLocation? Location, double? Seconds, Shot? Shot, TimingSnap Timing);

    public static PlanResult Plan(Film film)
    {
        WorkCounters.CountProject(WorkCounters.TimelinePlans, film.Project.Directory);
        var rate = film.Output.FrameRate;
        var bag = new DiagnosticBag();
        var items = Sequence(film);
        // Cards alone are not a film: the loader rejects empty acts, but a Film built in code may have none.
        if (!items.Any(i => i.Shot is not null))
        {
            return new PlanResult(null, [new Diagnostic(new SourceLocation(film.Project.FilePath, 1, 1), "the film has no shots")]);
        }

        // Transition i joins item i and i+1; the last item has none.
        var transitionFrames = new int[items.Count];
        for (var i = 0; i < items.Count - 1; i++)
        {
            transitionFrames[i] = rate.Frames(items[i].Out.DurationSeconds);
        }
        // Where in each transition its cut is (its eased halfway): what the music snaps and the narration stays clear of.
        var cuts = items.Select((item, i) => TransitionCut.Of(transitionFrames[i], item.Out.Easing)).ToArray();

        var frames = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var inFrames = i > 0 ? transitionFrames[i - 1] : 0;
            var outFrames = transitionFrames[i];
            frames[i] = items[i].Seconds is { } s
                ? rate.Frames(s)
                : AutoFrames(items[i].Shot!, film.NarrationTiming, inFrames, outFrames, rate);
        }

        if (items[0].Shot?.StartAnchor is { } tooEarly)
        {
            bag.Add(tooEarly.Location, $"shot '{items[0].Shot!.Id}': opens the film, so it starts at 0 s and cannot start at marker '{tooEarly.Name}'; give the film an opening card, or tie a later shot to the marker");
        }
        var natural = (int[])frames.Clone();
        var grid = MusicGrid.Of(film, Horizon(film, frames, transitionFrames, rate));
        var snapped = CutSnapper.Snap(SnapItems(items, frames, cuts, film.NarrationTiming, rate), grid, rate, bag);
        frames = snapped.Frames;

        for (var i = 0; i < items.Count; i++)
        {
            if (frames[i] < 1 && items[i].Shot is { } tooShort)
            {
                // 1e-300 s rounds to no frame at all; the encoder and the captions would both meet an empty shot.
                bag.Add(tooShort.Location, $"shot '{tooShort.Id}': is shorter than one frame (1/{rate} s) at {rate} fps; a shot must last at least one frame");
            }
        }
        CheckOverlaps(items, frames, transitionFrames, rate, bag);

        var segments = new List<Segment>();
        var transitions = new List<TransitionSpan>();
        var narration = new List<NarrationSpan>();
        var sounds = new List<SoundSpan>();
        var start = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var segment = items[i].Draft with { Index = i, StartFrame = start, FrameCount = frames[i] };
            segments.Add(segment);
            if (i < items.Count - 1 && transitionFrames[i] > 0)
            {
                transitions.Add(new TransitionSpan(i, i + 1, items[i].Out, start + frames[i] - transitionFrames[i], transitionFrames[i]));
            }
            if (segment is ShotSegment shot)
            {
                PlaceAudio(shot, film.NarrationTiming, rate, i > 0 ? cuts[i - 1] : TransitionCut.Hard, cuts[i], frames[i] < natural[i], grid, narration, sounds, bag);
            }
            start += frames[i] - transitionFrames[i];
        }
        var total = segments[^1].EndFrame;
        if (rate.Seconds(total) > Loading.FilmLimits.MaxRuntimeSeconds)
        {
            bag.Add(new SourceLocation(film.Project.FilePath, 1, 1), $"the film would run {Round(rate.Seconds(total) / 3600)} hours; a film may be at most {Loading.FilmLimits.MaxRuntimeText} long");
        }
        foreach (var sound in sounds)
        {
            // A synthesised or generated effect is made as long as it is asked to be; past the film's end it would only be cut off (and billed).
            if ((sound.Cue.DurationSeconds ?? sound.Cue.Generated?.DurationSeconds) is { } length && sound.StartSeconds + length > rate.Seconds(total) + 1e-9)
            {
                bag.Add(sound.Cue.Location, $"shot '{sound.ShotId}' sfx: lasts {Round(length)} s from {Round(sound.StartSeconds)} s, past the end of the film ({Round(rate.Seconds(total))} s); shorten its 'duration'");
            }
        }

        var diagnostics = bag.ToSortedList();
        return diagnostics.Count > 0
            ? new PlanResult(null, diagnostics)
            : new PlanResult(new Timeline(rate, segments, transitions, narration, sounds, total) { Music = grid, Cuts = snapped.Cuts }, diagnostics);
    }

    /// <summary>The latest a film of these lengths could end once its cuts move: how far the music grid is laid.</summary>
    private static double Horizon(Film film, int[] frames, int[] transitionFrames, FrameRate rate)
    {
        var written = rate.Seconds(frames.Sum() - transitionFrames.Sum());
        // A marker may tie a shot to a moment past that: the grid reaches the end of every track's file.
        var anchored = film.Music.Select(t => t.StartSeconds + (MusicGrid.FileSeconds(t) ?? 0)).DefaultIfEmpty(0).Max();
        return Math.Max(2 * written + 60, anchored);
    }

    /// <summary>What the cut snapper needs of each item: its lengths, its timing and the marker it starts on.</summary>
    private static List<SnapItem> SnapItems(List<Item> items, int[] frames, TransitionCut[] cuts, NarrationTiming timing, FrameRate rate)
    {
        var snapItems = new List<SnapItem>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var (minimum, because) = MinimumFrames(items[i], frames[i], i > 0 ? cuts[i - 1] : TransitionCut.Hard, cuts[i], timing, rate);
            snapItems.Add(new SnapItem(items[i].Draft.Label, frames[i], minimum, cuts[i], items[i].Timing, items[i].Shot?.StartAnchor) { MinimumBecause = because });
        }
        return snapItems;
    }

    /// <summary>
    /// The least a snapped cut may leave of a segment: its transitions in and out, its sound cues, and for a narrated
    /// shot the line with its lead-in and tail between the cuts (a transition's midpoint is its cut) — never less
    /// than the segment already is when that is shorter (a fixed shot written short is not shortened further).
    /// </summary>
    private static (int Frames, string Because) MinimumFrames(Item item, int frames, TransitionCut cutIn, TransitionCut cutOut, NarrationTiming timing, FrameRate rate)
    {
        var minimum = Math.Max(1, cutIn.Frames + cutOut.Frames);
        var because = "its transitions";
        if (item.Shot is { } shot)
        {
            if (shot.Narration is { } line)
            {
                var voice = cutIn.FramesAfter + cutOut.FramesBefore + rate.Frames(timing.LeadInSeconds + NarrationLength(line, timing).Seconds + timing.TailSeconds);
                if (voice > minimum)
                {
                    (minimum, because) = (voice, "its narration with lead-in and tail");
                }
            }
            foreach (var cue in shot.Sounds.Where(c => c.Anchor is null))
            {
                if (rate.Frames(cue.AtSeconds) + 1 > minimum)
                {
                    (minimum, because) = (rate.Frames(cue.AtSeconds) + 1, $"its sound effect at {Round(cue.AtSeconds)} s");
                }
            }
        }
        return (Math.Min(minimum, frames), because);
    }

    /// <summary>How long a line of narration lasts: measured when known, else estimated from its words.</summary>
    public static (double Seconds, bool Estimated) NarrationLength(Narration narration, NarrationTiming timing)
    {
        if (narration.MeasuredSeconds is { } measured)
        {
            return (measured, false);
        }
        var words = (narration.Text ?? "").Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
        return (Math.Max(1, words / timing.EstimatedWordsPerSecond), true);
    }

    private static List<Item> Sequence(Film film)
    {
        var items = new List<Item>();
        var cards = film.Cards;
        if (cards.Opening is { } opening)
        {
            items.Add(new Item(new CardSegment(0, 0, 0, new Card.OpeningTitle(film.Metadata.Title, film.Metadata.Tagline)), opening.Transition, null, opening.DurationSeconds, null, film.Timing));
        }
        var shotNumber = 0;
        foreach (var act in film.Acts)
        {
            if (cards.Acts is { } actCards)
            {
                items.Add(new Item(new CardSegment(0, 0, 0, new Card.ActTitle(act.Number, act.Title)), actCards.Transition, act.Location, actCards.DurationSeconds, null, act.Timing ?? film.Timing));
            }
            foreach (var shot in act.Shots)
            {
                var motion = MotionPlanner.Resolve(shot, shotNumber);
                var seconds = shot.Duration is ShotDuration.Fixed f ? f.Seconds : (double?)null;
                items.Add(new Item(new ShotSegment(0, 0, 0, shot, act, shotNumber, motion), shot.Transition, shot.Location, seconds, shot, shot.Timing ?? act.Timing ?? film.Timing));
                shotNumber++;
            }
        }
        if (cards.Credits is { } credits && film.Metadata.Credits.Count > 0)
        {
            var seconds = credits.DurationSeconds ?? CreditsRollTiming.Seconds(film.Metadata.Credits);
            items.Add(new Item(new CardSegment(0, 0, 0, new Card.CreditsRoll(film.Metadata.Credits, film.Metadata.Title)), TransitionSpec.Cut, null, seconds, null, film.Timing));
        }
        return items;
    }

    /// <summary>An auto shot holds its transitions in and out clear of the line, plus lead-in and tail.</summary>
    private static int AutoFrames(Shot shot, NarrationTiming timing, int inFrames, int outFrames, FrameRate rate)
    {
        if (shot.Narration is null)
        {
            return Math.Max(rate.Frames(timing.SilentShotSeconds), inFrames + outFrames + 1);
        }
        var (seconds, _) = NarrationLength(shot.Narration, timing);
        return inFrames + outFrames + rate.Frames(timing.LeadInSeconds + seconds + timing.TailSeconds);
    }

    private static void CheckOverlaps(List<Item> items, int[] frames, int[] transitionFrames, FrameRate rate, DiagnosticBag bag)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var at = items[i].Location ?? items[Math.Min(i + 1, items.Count - 1)].Location ?? new SourceLocation("film.yaml", 1, 1);
            var name = items[i].Draft.Label;
            var outFrames = transitionFrames[i];
            if (i < items.Count - 1 && outFrames > 0)
            {
                var next = items[i + 1].Draft.Label;
                var shorter = Math.Min(frames[i], frames[i + 1]);
                if (outFrames > shorter)
                {
                    var who = frames[i] <= frames[i + 1] ? name : next;
                    bag.Add(at, $"{Describe(items[i])}: transition '{items[i].Out.Kind}' ({Sec(outFrames, rate)} s) into '{next}' is longer than '{who}' ({Sec(shorter, rate)} s)");
                    continue;
                }
            }
            var inFrames = i > 0 ? transitionFrames[i - 1] : 0;
            if (inFrames > 0 && outFrames > 0 && inFrames + outFrames > frames[i])
            {
                bag.Add(at, $"{Describe(items[i])}: is {Sec(frames[i], rate)} s long but its transitions in ({Sec(inFrames, rate)} s) and out ({Sec(outFrames, rate)} s) overlap; shorten them or lengthen the shot");
            }
        }
    }

    private static void PlaceAudio(ShotSegment shot, NarrationTiming timing, FrameRate rate, TransitionCut cutIn, TransitionCut cutOut, bool shortened, MusicGrid grid, List<NarrationSpan> narration, List<SoundSpan> sounds, DiagnosticBag bag)
    {
        var start = rate.Seconds(shot.StartFrame);
        var end = rate.Seconds(shot.EndFrame);
        var length = rate.Seconds(shot.FrameCount);
        if (shot.Shot.Narration is { } line)
        {
            var (seconds, estimated) = NarrationLength(line, timing);
            // Keep the voice in the clear part of the shot (after the transition in, before the one out) when it fits.
            var clearStart = rate.Seconds(shot.StartFrame + cutIn.Frames);
            var clearEnd = rate.Seconds(shot.EndFrame - cutOut.Frames);
            var begin = clearStart + timing.LeadInSeconds;
            if (shortened)
            {
                begin = BetweenCuts(shot, cutIn, cutOut, seconds, begin, timing, rate);
            }
            else if (begin + seconds > clearEnd)
            {
                begin = Math.Max(start, Math.Min(begin, clearEnd - seconds));
            }
            if (!estimated && seconds > length + 1e-9)
            {
                bag.Add((shot.Shot.Duration as ShotDuration.Fixed)?.Location ?? shot.Shot.Location, $"shot '{shot.Shot.Id}': narration lasts {Round(seconds)} s but the shot is {Round(length)} s; use 'duration: auto' or lengthen the shot");
            }
            narration.Add(new NarrationSpan(shot.Shot.Id, line, begin, seconds, estimated));
        }
        foreach (var cue in shot.Shot.Sounds)
        {
            if (cue.Anchor is { } anchor)
            {
                if (AnchoredStart(anchor, grid, start, end) is { } at)
                {
                    sounds.Add(new SoundSpan(shot.Shot.Id, cue, at));
                }
                else
                {
                    bag.Add(anchor.Location, $"shot '{shot.Shot.Id}' sfx: {Unplaced(shot, anchor, grid, start, end)}");
                }
                continue;
            }
            if (cue.AtSeconds >= length)
            {
                bag.Add(cue.Location, $"shot '{shot.Shot.Id}' sfx: cue at {Round(cue.AtSeconds)} s is outside its shot ({Round(length)} s long)");
                continue;
            }
            sounds.Add(new SoundSpan(shot.Shot.Id, cue, start + cue.AtSeconds));
        }
    }

    /// <summary>
    /// Where the voice of a shot a snapped cut made shorter goes: where it would have been (a lead-in after the
    /// transition in), moved earlier as far as it must to end a tail before the cut out, but never closer than a
    /// lead-in to the cut in (cuts are the transitions' midpoints); the snapper kept room for both.
    /// </summary>
    private static double BetweenCuts(ShotSegment shot, TransitionCut cutIn, TransitionCut cutOut, double seconds, double preferred, NarrationTiming timing, FrameRate rate)
    {
        var earliest = cutIn.Seconds(shot.StartFrame, rate) + timing.LeadInSeconds;
        var latest = cutOut.Seconds(shot.EndFrame - cutOut.Frames, rate) - timing.TailSeconds - seconds;
        return Math.Max(earliest, Math.Min(preferred, latest));
    }

    /// <summary>A cue's film time from its beat (the shot's Nth, counted from its start) or marker, or null when it has none.</summary>
    private static double? AnchoredStart(MusicAnchor anchor, MusicGrid grid, double start, double end)
    {
        double? at = anchor switch
        {
            MusicAnchor.Beat when !grid.Listened => start,
            MusicAnchor.Beat beat => BeatsOf(grid, start, end).Skip(beat.Number - 1).Cast<double?>().FirstOrDefault(),
            MusicAnchor.Marker marker => grid.Marker(marker.Name)?.Seconds,
            _ => null,
        };
        return at is { } t && t + anchor.OffsetSeconds >= 0 ? t + anchor.OffsetSeconds : null;
    }

    /// <summary>The beats heard while a shot is on screen, from its first frame (a beat on it counts) to its last.</summary>
    private static IEnumerable<double> BeatsOf(MusicGrid grid, double start, double end) =>
        GridSearch.Within(grid.Beats, start - 1e-9, end).Where(b => b < end);

    private static string Unplaced(ShotSegment shot, MusicAnchor anchor, MusicGrid grid, double start, double end) => anchor switch
    {
        MusicAnchor.Beat beat when grid.Beats.Count == 0 => $"beat {beat.Number}: the music has no beats (no track has been analysed or none plays here)",
        MusicAnchor.Beat beat => $"beat {beat.Number} is past the end of the shot, which hears {BeatsOf(grid, start, end).Count()} beats",
        MusicAnchor.Marker marker when grid.Marker(marker.Name) is null => $"marker '{marker.Name}' is not heard in the film",
        _ => $"{Round(anchor.OffsetSeconds)} s from its {(anchor is MusicAnchor.Beat ? "beat" : "marker")} falls before the film starts",
    };

    private static string Describe(Item item) => item.Shot is { } s ? $"shot '{s.Id}'" : item.Draft.Label;

    private static string Sec(int frames, FrameRate rate) => Round(rate.Seconds(frames));

    private static string Round(double seconds) => seconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
