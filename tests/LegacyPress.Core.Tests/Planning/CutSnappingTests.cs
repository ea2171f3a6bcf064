using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Planning.Music;
using static LegacyPress.Core.Tests.Building.FilmBuilder;

namespace LegacyPress.Core.Tests.Planning;

/// <summary>Issue 18's planning: cuts moving to the music's beats, bars and markers, with plain numbers at 30 fps.</summary>
public sealed class CutSnappingTests
{
    private const double Frame = 1 / 30.0;

    private static Timeline PlanOk(Film film)
    {
        var result = TimelinePlanner.Plan(film);
        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        return result.Timeline!;
    }

    private static double CutSeconds(Timeline t, int cut) => t.Cuts[cut].Seconds;

    [Fact]
    public void Hard_cuts_move_to_the_nearest_beat_within_the_tolerance()
    {
        // Beats at 0.1, 0.6, 1.1, …; written cuts at 2.2, 4.4 and 6.6 s.
        var film = WithoutCards.Music(0.5, firstBeatSeconds: 0.1).Snap(SnapTarget.Beats)
            .Act("One", Shot("a", 2.2), Shot("b", 2.2), Shot("c", 2.2), Shot("d", 2.2));

        var t = PlanOk(film);

        Assert.Equal([2.1, 4.6, 6.6], t.Cuts.Select(c => Math.Round(c.Seconds, 3)));
        Assert.Equal([2.1, 4.6, 6.6], t.Cuts.Select(c => Math.Round(c.GridSeconds!.Value, 3)));
        Assert.Equal([63, 138, 198], t.Segments.Skip(1).Select(s => s.StartFrame));
        // The film as written ends at 8.8 s; the snapped one too: only the last cut's move reaches the end, and it did not move.
        Assert.Equal(8.8, t.RuntimeSeconds, 6);
    }

    [Fact]
    public void A_transitions_midpoint_is_the_cut_that_lands_on_the_beat()
    {
        var film = WithoutCards.Music(0.5).Snap(SnapTarget.Beats)
            .Act("One", Shot("a", 4.2).Crossfade(1), Shot("b", 4));

        var t = PlanOk(film);

        // Written: the crossfade runs 3.2–4.2, midpoint 3.7; the nearest beat is 3.5.
        var crossfade = Assert.Single(t.Transitions);
        Assert.Equal(3.5, t.Seconds(crossfade.StartFrame) + (t.Seconds(crossfade.FrameCount) / 2), 6);
        Assert.Equal(3.5, CutSeconds(t, 0), 6);
    }

    [Theory]
    [InlineData(Easing.EaseIn, 4.0)]
    [InlineData(Easing.EaseOut, 3.5)]
    [InlineData(Easing.Linear, 3.5)]
    public void An_eased_transition_turns_on_the_beat_where_its_picture_is_half_each_shot(Easing easing, double beat)
    {
        // A 1 s crossfade written from 3.2 s, beats every 0.5 s. Its cut is where the eased progress passes one half:
        // 3.2 + 0.71 s for an ease-in (nearest beat 4.0), + 0.29 s for an ease-out and + 0.5 s for a linear one (3.5).
        var film = WithoutCards.Music(0.5).Snap(SnapTarget.Beats)
            .Act("One", Shot("a", 4.2).Transition("crossfade", 1, easing), Shot("b", 4));

        var t = PlanOk(film);

        var crossfade = Assert.Single(t.Transitions);
        Assert.Equal(beat, t.Cuts[0].GridSeconds!.Value, 6);
        // Frames are whole: the cut lands as near the beat as they allow, within half a frame.
        Assert.InRange(CutSeconds(t, 0) - beat, -Frame / 2, Frame / 2);
        // The renderer's progress (FrameSchedule: frame k at (k − S + 1)/(n + 1), over its frame's interval) passes ½
        // in the frame that holds the beat.
        var turns = Enumerable.Range(0, crossfade.FrameCount)
            .First(k => EasingCurves.Apply(easing, (k + 1.0) / (crossfade.FrameCount + 1)) >= 0.5);
        Assert.InRange(beat - t.Seconds(crossfade.StartFrame + turns), -Frame, Frame);
    }

    [Fact]
    public void A_narrated_shot_is_never_made_shorter_than_its_line_with_lead_in_and_tail()
    {
        // 3 s of voice, 0.5 s lead-in, 1 s tail: 4.5 s between the cuts, the auto length. The nearest beat (4.3) would
        // take 0.2 s from it; the next one (4.8) is within the tolerance.
        var film = WithoutCards.Music(0.5, firstBeatSeconds: 0.3).Snap(SnapTarget.Beats)
            .Act("One", AutoShot("a").SaysFor(3), Shot("b", 3));

        var t = PlanOk(film);

        Assert.Equal(4.8, CutSeconds(t, 0), 6);
        var voice = Assert.Single(t.Narration);
        Assert.True(voice.StartSeconds >= 0.5 - 1e-9 && voice.EndSeconds <= CutSeconds(t, 0) - 1.0 + 1e-9, $"{voice.StartSeconds}–{voice.EndSeconds}");
    }

    [Fact]
    public void A_transition_lends_a_narrated_shot_half_its_length_and_the_voice_stays_clear_of_both_cuts()
    {
        // b is auto: 1 s crossfades in and out, 0.5 + 3 + 1 s of voice → 6.5 s on screen, 5.5 s between the cuts'
        // midpoints (2.5 and 8). Beats every 2 s from 1.1: the cut out may go 0.9 s earlier, to 7.1, leaving 4.6 s.
        var shots = new[] { Shot("a", 3).Crossfade(1).Snap(SnapTarget.None), AutoShot("b").SaysFor(3).Crossfade(1), Shot("c", 3) };
        var written = PlanOk(WithoutCards.Act("One", shots));
        var t = PlanOk(WithoutCards.Music(2, firstBeatSeconds: 1.1).Snap(SnapTarget.Beats, 1).Act("One", shots));

        Assert.Equal([2.5, 8.0], written.Cuts.Select(c => c.Seconds));
        var (cutIn, cutOut) = (CutSeconds(t, 0), CutSeconds(t, 1));
        Assert.Equal(2.5, cutIn, 6);
        Assert.Equal(7.1, cutOut, 6);
        var voice = Assert.Single(t.Narration);
        Assert.True(voice.StartSeconds >= cutIn + 0.5 - 1e-9, $"voice starts {voice.StartSeconds}, cut in {cutIn}");
        Assert.True(voice.EndSeconds <= cutOut - 1.0 + 1e-9, $"voice ends {voice.EndSeconds}, cut out {cutOut}");
    }

    [Fact]
    public void No_beat_may_take_a_narrated_shot_below_its_line_with_lead_in_and_tail()
    {
        // As above, but the only beat in reach (6.9) would leave 4.4 s between the cuts, under the 4.5 s b needs.
        var shots = new[] { Shot("a", 3).Crossfade(1).Snap(SnapTarget.None), AutoShot("b").SaysFor(3).Crossfade(1), Shot("c", 3) };
        var t = PlanOk(WithoutCards.Music(2, firstBeatSeconds: 0.9).Snap(SnapTarget.Beats, 1.2).Act("One", shots));

        Assert.Equal(8.9, CutSeconds(t, 1), 6);
        var kept = PlanOk(WithoutCards.Music(4, firstBeatSeconds: 2.9).Snap(SnapTarget.Beats, 1.2).Act("One", shots)).Cuts[1];
        Assert.Equal(8.0, kept.Seconds, 6);
        Assert.Equal("every beat within 1.2 s would leave 'b' shorter than 5.5 s (its narration with lead-in and tail)", kept.KeptBecause);
    }

    [Fact]
    public void A_cut_with_no_beat_in_reach_keeps_its_time_and_says_why()
    {
        // Beats every 2 s from 1 s: the cut at 2.2 s is 1.2 and 0.8 s from the nearest two, out of reach.
        var film = WithoutCards.Music(2, firstBeatSeconds: 1).Snap(SnapTarget.Beats)
            .Act("One", Shot("a", 2.2), Shot("b", 2));

        var t = PlanOk(film);

        var cut = Assert.Single(t.Cuts);
        Assert.Equal(2.2, cut.Seconds, 6);
        Assert.Null(cut.GridSeconds);
        Assert.Equal("no beat within 0.35 s", cut.KeptBecause);
    }

    [Fact]
    public void Bars_snap_to_downbeats_only()
    {
        // Beats every 0.5 s, bars of 4: downbeats at 0, 2, 4, …; the cut at 2.3 s goes to 2 with a wide tolerance.
        var film = WithoutCards.Music(0.5).Snap(SnapTarget.Bars, 0.6)
            .Act("One", Shot("a", 2.3), Shot("b", 2));

        var t = PlanOk(film);

        Assert.Equal(2.0, CutSeconds(t, 0), 6);
    }

    [Fact]
    public void Markers_snap_to_named_markers()
    {
        var film = WithoutCards.Music(0.5, markers: [("climax", 3.8)]).Snap(SnapTarget.Markers, 1)
            .Act("One", Shot("a", 3.3), Shot("b", 2));

        var t = PlanOk(film);

        Assert.Equal(3.8, CutSeconds(t, 0), 1);
        Assert.True(Math.Abs(CutSeconds(t, 0) - 3.8) <= Frame / 2 + 1e-9);
    }

    [Fact]
    public void Without_snapping_the_plan_is_the_one_the_durations_give()
    {
        var shots = new[] { Shot("a", 2.2).Crossfade(0.5), Shot("b", 3.1), Shot("c", 1.7) };
        var plain = PlanOk(WithOpening(3, 1).Act("One", shots));
        var withMusic = PlanOk(WithOpening(3, 1).Music(0.5).Act("One", shots));

        Assert.Equal(plain.Segments.Select(s => (s.Label, s.StartFrame, s.FrameCount)), withMusic.Segments.Select(s => (s.Label, s.StartFrame, s.FrameCount)));
        Assert.Equal(plain.Transitions.Select(x => (x.StartFrame, x.FrameCount)), withMusic.Transitions.Select(x => (x.StartFrame, x.FrameCount)));
        Assert.All(withMusic.Cuts, c => Assert.Equal(c.UnsnappedSeconds, c.Seconds));
    }

    [Fact]
    public void A_shot_may_leave_its_cut_alone_while_the_film_snaps()
    {
        var film = WithoutCards.Music(0.5, firstBeatSeconds: 0.1).Snap(SnapTarget.Beats)
            .Act("One", Shot("a", 2.2).Snap(SnapTarget.None), Shot("b", 2.2), Shot("c", 2));

        var t = PlanOk(film);

        Assert.Equal(2.2, CutSeconds(t, 0), 6);
        Assert.Equal(4.6, CutSeconds(t, 1), 6);
        Assert.Null(t.Cuts[0].GridSeconds);
    }

    [Fact]
    public void Every_snapped_cut_is_within_one_frame_of_a_beat_and_the_runtime_moves_less_than_a_bar()
    {
        // 68.57 bpm as in the sample's score, odd shot lengths and transitions, a 29.97 fps film.
        var random = new Random(18);
        var shots = Enumerable.Range(0, 20).Select(i =>
        {
            var shot = AutoShot($"s{i}").SaysFor(2 + (random.NextDouble() * 6));
            return random.Next(3) == 0 ? shot : shot.Crossfade(0.4 + random.NextDouble());
        }).ToArray();
        var written = PlanOk(WithOpening(5, 1).Fps(FrameRate.Ntsc(30)).Act("One", shots));
        var t = PlanOk(WithOpening(5, 1).Fps(FrameRate.Ntsc(30)).Music(0.875, fileSeconds: 400).Snap(SnapTarget.Beats).Act("One", shots));

        var snapped = t.Cuts.Where(c => c.GridSeconds is not null).ToList();
        Assert.True(snapped.Count >= t.Cuts.Count / 2, $"{snapped.Count} of {t.Cuts.Count} cuts snapped");
        Assert.All(snapped, c => Assert.True(Math.Abs(c.Seconds - c.GridSeconds!.Value) <= 1 / 29.97, $"{c.From}→{c.To} at {c.Seconds} vs {c.GridSeconds}"));
        Assert.True(Math.Abs(t.RuntimeSeconds - written.RuntimeSeconds) < 4 * 0.875, $"{written.RuntimeSeconds} → {t.RuntimeSeconds}");
        foreach (var voice in t.Narration)
        {
            var shot = t.Shots.Single(s => s.Shot.Id == voice.ShotId);
            Assert.True(voice.StartSeconds >= t.Seconds(shot.StartFrame) - 1e-9 && voice.EndSeconds <= t.Seconds(shot.EndFrame) + 1e-9, $"{voice.ShotId}'s voice is cut");
        }
    }

    [Fact]
    public void A_changed_tolerance_moves_only_the_cuts_whose_point_changed()
    {
        var shots = new[] { Shot("a", 2.2), Shot("b", 2.2), Shot("c", 2.2), Shot("d", 2.2), Shot("e", 2) };
        var narrow = PlanOk(WithoutCards.Music(0.5, firstBeatSeconds: 0.1).Snap(SnapTarget.Beats, 0.15).Act("One", shots));
        var wide = PlanOk(WithoutCards.Music(0.5, firstBeatSeconds: 0.1).Snap(SnapTarget.Beats, 0.35).Act("One", shots));

        var moved = narrow.Cuts.Zip(wide.Cuts).Count(p => Math.Abs(p.First.Seconds - p.Second.Seconds) > 1e-9);
        var changed = narrow.Segments.Zip(wide.Segments).Where(p => (p.First.StartFrame, p.First.FrameCount) != (p.Second.StartFrame, p.Second.FrameCount)).Select(p => p.First.Label);

        // Cuts at 2.2 → 2.1 and 6.6 → 6.6 either way; 4.4 and 8.8 stay at 0.15 s (their beats are 0.2 s off) and go to
        // 4.6 and 8.6 at 0.35 s. Only the segments on either side of those two cuts change; a and its cut do not.
        Assert.Equal([2.1, 4.4, 6.6, 8.8], narrow.Cuts.Select(c => Math.Round(c.Seconds, 6)));
        Assert.Equal([2.1, 4.6, 6.6, 8.6], wide.Cuts.Select(c => Math.Round(c.Seconds, 6)));
        Assert.Equal(2, moved);
        Assert.Equal(["b", "c", "d", "e"], changed);
    }

    [Fact]
    public void A_shot_tied_to_a_marker_starts_on_it()
    {
        var film = WithoutCards.Music(0.5, markers: [("climax", 7.25)])
            .Act("One", Shot("a", 3), Shot("b", 3), Shot("c", 3).StartsAt("climax"), Shot("d", 2));

        var t = PlanOk(film);

        Assert.True(Math.Abs(t.Seconds(t.Segments[2].StartFrame) - 7.25) <= Frame / 2 + 1e-9, $"c starts at {t.Seconds(t.Segments[2].StartFrame)}");
        Assert.Equal(3.0, t.Seconds(t.Segments[1].StartFrame), 6);
        Assert.Equal("climax", t.Cuts[1].Marker);
    }

    [Fact]
    public void A_marker_that_would_squeeze_the_shot_before_it_is_an_error()
    {
        var film = WithoutCards.Music(0.5, markers: [("climax", 4)])
            .Act("One", Shot("a", 3), AutoShot("b").SaysFor(3), Shot("c", 3).StartsAt("climax"));

        var result = TimelinePlanner.Plan(film);

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("film.yaml:92:13: shot 'c': starts at marker 'climax' (4 s), but then 'b' before it would last only 1 s; it needs 4.5 s for its narration with lead-in and tail; shorten the shots before it or move the marker", problem.ToString());
    }

    [Fact]
    public void Sound_effects_land_on_the_shots_beats_and_on_markers()
    {
        var film = WithoutCards.Music(0.5, firstBeatSeconds: 0.25, markers: [("boom", 5)])
            .Act("One", Shot("a", 3), Shot("b", 4).SfxOnBeat(1).SfxOnBeat(3, 0.1).SfxAtMarker("boom", -0.5));

        var t = PlanOk(film);

        // b starts at 3 s: its beats are 3.25, 3.75, 4.25, …
        Assert.Equal([3.25, 4.35, 4.5], t.Sounds.Select(s => Math.Round(s.StartSeconds, 6)).Order());
    }

    [Fact]
    public void A_beat_past_the_end_of_its_shot_is_an_error()
    {
        var film = WithoutCards.Music(0.5).Act("One", Shot("a", 1.2).SfxOnBeat(4), Shot("b", 2));

        var problem = Assert.Single(TimelinePlanner.Plan(film).Diagnostics);

        Assert.Equal("film.yaml:90:13: shot 'a' sfx: beat 4 is past the end of the shot, which hears 3 beats", problem.ToString());
    }

    [Fact]
    public void Beats_are_laid_where_the_track_plays_from_its_offset_and_around_its_loop()
    {
        var film = WithoutCards.Music(1, firstBeatSeconds: 0.5, fileSeconds: 4, startSeconds: 2, offsetSeconds: 1, loop: true)
            .Act("One", Shot("a", 12));

        var grid = PlanOk(film).Music;

        // File beats 0.5, 1.5, 2.5, 3.5; from offset 1: 1.5→2.5 s on the film, loop of 3 s.
        Assert.Equal([2.5, 3.5, 4.5, 5.5, 6.5, 7.5], grid.Beats.Take(6).Select(b => Math.Round(b, 6)));
    }
}
