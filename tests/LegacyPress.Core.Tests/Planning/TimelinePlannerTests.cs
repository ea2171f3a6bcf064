using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Tests.Building;
using static LegacyPress.Core.Tests.Building.FilmBuilder;

namespace LegacyPress.Core.Tests.Planning;

public sealed class TimelinePlannerTests
{
    private static Timeline PlanOk(Film film)
    {
        var result = TimelinePlanner.Plan(film);
        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        return result.Timeline!;
    }

    private static (double Start, double End) Seconds(Timeline t, int index) =>
        (t.Seconds(t.Segments[index].StartFrame), t.Seconds(t.Segments[index].EndFrame));

    [Fact]
    public void Crossfade_overlaps_the_end_of_one_shot_with_the_start_of_the_next()
    {
        var t = PlanOk(WithOpening(5).Act("Legacy", Shot("a", 6).Crossfade(1), Shot("b", 4)));

        Assert.Equal(["title card", "a", "b"], t.Segments.Select(s => s.Label));
        Assert.Equal((0, 5), Seconds(t, 0));
        Assert.Equal((5, 11), Seconds(t, 1));
        Assert.Equal((10, 14), Seconds(t, 2));
        var crossfade = Assert.Single(t.Transitions);
        Assert.Equal((1, 2, "crossfade", 300, 30), (crossfade.FromIndex, crossfade.ToIndex, crossfade.Spec.Kind, crossfade.StartFrame, crossfade.FrameCount));
        Assert.Equal(14, t.RuntimeSeconds);
        Assert.Equal(420, t.TotalFrames);
    }

    [Fact]
    public void Cards_announce_each_act_and_the_credits_roll_closes_the_film()
    {
        var t = PlanOk(WithOpening(5, dipSeconds: 1).ActCards(3, dipSeconds: 1)
            .Act("One", Shot("a", 4).Crossfade(1))
            .Act("Two", Shot("b", 4))
            .Credits(10, ("Music", ["ScoreGen"])));

        Assert.Equal(["title card", "act 1 card", "a", "act 2 card", "b", "end credits"], t.Segments.Select(s => s.Label));
        Assert.Equal([(0, 5), (4, 7), (6, 10), (9, 12), (11, 15), (15, 25)], Enumerable.Range(0, 6).Select(i => Seconds(t, i)));
        Assert.Equal(["dip-to-black", "dip-to-black", "crossfade", "dip-to-black"], t.Transitions.Select(x => x.Spec.Kind));
        // 5 + 3 + 4 + 3 + 4 + 10 = 29 s of segments, four 1 s overlaps.
        Assert.Equal(25, t.RuntimeSeconds);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Runtime_is_the_sum_of_segments_minus_the_sum_of_transitions(int seed)
    {
        // Property-style: random films whose times are whole tenths, exact at 30 fps.
        var random = new Random(seed);
        double Tenths(int min, int max) => random.Next(min, max + 1) / 10.0;
        var film = random.Next(2) == 0 ? WithOpening(Tenths(20, 60), Tenths(0, 10)) : WithoutCards;
        if (random.Next(2) == 0)
        {
            film.ActCards(Tenths(20, 40), Tenths(0, 10));
        }
        for (var a = 0; a < random.Next(1, 4); a++)
        {
            var shots = Enumerable.Range(0, random.Next(1, 6))
                .Select(s => Shot($"s{a}-{s}", Tenths(20, 80)).Crossfade(Tenths(0, 10)))
                .ToArray();
            film.Act($"Act {a}", shots);
        }
        if (random.Next(2) == 0)
        {
            film.Credits(Tenths(20, 100), ("Director", ["Mara Quill"]));
        }

        var t = PlanOk(film);

        Assert.Equal(t.Segments.Sum(s => s.FrameCount) - t.Transitions.Sum(x => x.FrameCount), t.TotalFrames);
        var plannedSeconds = t.Segments.Sum(s => s.FrameCount) / 30.0 - t.Transitions.Sum(x => x.FrameCount) / 30.0;
        Assert.Equal(plannedSeconds, t.RuntimeSeconds, 9);
        for (var i = 0; i + 1 < t.Segments.Count; i++)
        {
            var overlap = t.Transitions.SingleOrDefault(x => x.FromIndex == i);
            Assert.Equal(t.Segments[i].EndFrame - (overlap?.FrameCount ?? 0), t.Segments[i + 1].StartFrame);
            if (overlap is not null)
            {
                Assert.Equal(i + 1, overlap.ToIndex);
                Assert.Equal(t.Segments[i + 1].StartFrame, overlap.StartFrame);
                Assert.Equal(t.Segments[i].EndFrame, overlap.EndFrame);
            }
        }
        Assert.Equal(t.Segments[^1].EndFrame, t.TotalFrames);
    }

    [Fact]
    public void Auto_shot_fits_measured_narration_plus_lead_in_tail_and_both_transitions()
    {
        var t = PlanOk(WithoutCards.Timing(leadIn: 0.5, tail: 1.0).Act("One",
            Shot("a", 4).Crossfade(1),
            AutoShot("b").SaysFor(4).Crossfade(1),
            Shot("c", 4)));

        // 1 s in + 0.5 lead-in + 4 s voice + 1 s tail + 1 s out.
        Assert.Equal((3, 10.5), Seconds(t, 1));
        var line = Assert.Single(t.Narration);
        Assert.False(line.Estimated);
        Assert.Equal(4.5, line.StartSeconds, 9);
        Assert.Equal(8.5, line.EndSeconds, 9);
        Assert.True(line.StartSeconds >= 4 && line.EndSeconds <= 9.5, "the voice stays clear of both transitions");
    }

    [Fact]
    public void Auto_shot_estimates_unmeasured_narration_from_its_words()
    {
        var t = PlanOk(WithoutCards.Timing(leadIn: 0.5, tail: 1.0, wordsPerSecond: 2.5)
            .Act("One", AutoShot("a").Says("one two three four five six seven eight nine ten")));

        var line = Assert.Single(t.Narration);
        Assert.True(line.Estimated);
        Assert.Equal(4, line.DurationSeconds, 9);
        Assert.Equal(5.5, t.RuntimeSeconds, 9);
    }

    [Theory]
    [InlineData("one", 1)]
    [InlineData("one two three four five", 2)]
    [InlineData("  spaced\n\tout   words  ", 1.2)]
    public void Estimated_narration_is_words_over_rate_and_never_under_a_second(string text, double seconds)
    {
        var (length, estimated) = TimelinePlanner.NarrationLength(new Narration(text, null, "narrator", null), new NarrationTiming(0.5, 1, 5, 2.5));

        Assert.True(estimated);
        Assert.Equal(seconds, length, 9);
    }

    [Fact]
    public void Silent_auto_shot_lasts_the_silent_shot_length_but_always_outlasts_its_transitions()
    {
        var plain = PlanOk(WithoutCards.Timing(silentShot: 5).Act("One", AutoShot("a")));
        var squeezed = PlanOk(WithoutCards.Timing(silentShot: 1).Act("One", Shot("a", 4).Crossfade(1), AutoShot("b").Crossfade(1), Shot("c", 4)));

        Assert.Equal(150, plain.Segments[0].FrameCount);
        Assert.Equal(61, squeezed.Segments[1].FrameCount);
    }

    [Fact]
    public void Narration_that_cannot_fit_the_clear_part_is_pulled_earlier_but_not_before_the_shot()
    {
        var t = PlanOk(WithoutCards.Act("One",
            Shot("a", 4).Crossfade(1),
            Shot("b", 5).SaysFor(3.8).Crossfade(1),
            Shot("c", 4)));

        // b runs 3..8 s, clear of transitions 4..7 s: 3.8 s of voice must start by 3.2 s to end at 7.
        var line = Assert.Single(t.Narration);
        Assert.Equal(3.2, line.StartSeconds, 9);
        Assert.Equal(7, line.EndSeconds, 9);
    }

    [Fact]
    public void Measured_narration_longer_than_a_fixed_shot_is_an_error_at_the_shot()
    {
        var result = TimelinePlanner.Plan(WithoutCards.Act("One", Shot("a", 3).SaysFor(4)));

        Assert.Null(result.Timeline);
        Assert.Equal(["film.yaml:11:9: shot 'a': narration lasts 4 s but the shot is 3 s; use 'duration: auto' or lengthen the shot"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Sound_cues_are_placed_from_their_shots_start()
    {
        var t = PlanOk(WithoutCards.Act("One", Shot("a", 4).Crossfade(1), Shot("b", 4).SfxAt(0.5)));

        var cue = Assert.Single(t.Sounds);
        Assert.Equal(("b", 3.5), (cue.ShotId, cue.StartSeconds));
    }

    [Fact]
    public void Sound_cue_past_the_end_of_an_auto_shot_is_an_error()
    {
        var result = TimelinePlanner.Plan(WithoutCards.Timing(silentShot: 5).Act("One", AutoShot("a").SfxAt(9)));

        Assert.Equal(["film.yaml:11:9: shot 'a' sfx: cue at 9 s is outside its shot (5 s long)"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Transition_longer_than_the_shot_it_joins_is_an_error()
    {
        var result = TimelinePlanner.Plan(WithoutCards.Act("One", Shot("a", 4).Crossfade(2), Shot("b", 1.5)));

        Assert.Equal(["film.yaml:11:9: shot 'a': transition 'crossfade' (2 s) into 'b' is longer than 'b' (1.5 s)"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Transitions_in_and_out_that_overlap_inside_a_shot_are_an_error()
    {
        var result = TimelinePlanner.Plan(WithoutCards.Act("One", Shot("a", 4).Crossfade(1.5), Shot("b", 2).Crossfade(1.5), Shot("c", 4)));

        Assert.Equal(["film.yaml:12:9: shot 'b': is 2 s long but its transitions in (1.5 s) and out (1.5 s) overlap; shorten them or lengthen the shot"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_film_without_shots_cannot_be_planned_even_with_cards()
    {
        var result = TimelinePlanner.Plan(WithOpening(5));

        Assert.Null(result.Timeline);
        Assert.Equal("the film has no shots", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Credits_roll_is_sized_from_its_lines_unless_given_a_length()
    {
        var sized = PlanOk(WithoutCards.Act("One", Shot("a", 4)).Credits(null, ("Director", ["Mara Quill"]), ("Music", ["A", "B"])));
        var fixedLength = PlanOk(WithoutCards.Act("One", Shot("a", 4)).Credits(12, ("Director", ["Mara Quill"])));
        var nobody = PlanOk(WithoutCards.Act("One", Shot("a", 4)).Credits(12));

        // 2 heading lines + (2 + 1) + (2 + 2) = 9 lines: 4 s + 9 × 0.7 s.
        Assert.Equal(Frames(10.3), sized.Segments[^1].FrameCount);
        Assert.Equal(Frames(12), fixedLength.Segments[^1].FrameCount);
        Assert.Equal(["a"], nobody.Segments.Select(s => s.Label));
    }

    [Theory]
    [InlineData(new[] { 1 }, 5)]
    [InlineData(new[] { 2, 3 }, 11)]
    [InlineData(new[] { 1, 1, 1, 1 }, 14)]
    public void Credits_roll_counts_a_heading_and_each_role_with_its_names_and_a_gap(int[] namesPerRole, int lines)
    {
        var credits = namesPerRole.Select((n, i) => new Credit($"Role {i}", Enumerable.Repeat("Name", n).ToList())).ToList();

        Assert.Equal(lines, CreditsRollTiming.LineCount(credits));
    }

    [Fact]
    public void Credits_roll_is_between_its_minimum_and_maximum()
    {
        Assert.Equal(CreditsRollTiming.MinimumSeconds, CreditsRollTiming.Seconds([new Credit("Director", ["Mara"])]));
        Assert.Equal(CreditsRollTiming.MaximumSeconds, CreditsRollTiming.Seconds([new Credit("Crowd", Enumerable.Repeat("Name", 500).ToList())]));
        Assert.Equal(10.3, CreditsRollTiming.Seconds([new Credit("Director", ["Mara"]), new Credit("Music", ["A", "B"])]), 9);
    }

    [Fact]
    public void Segments_lie_on_whole_frames_at_any_frame_rate()
    {
        var t = PlanOk(WithoutCards.Fps(new FrameRate(24)).Act("One", Shot("a", 4.01).Crossfade(0.51), Shot("b", 2.02)));

        Assert.Equal([96, 48], t.Segments.Select(s => s.FrameCount));
        Assert.Equal(12, Assert.Single(t.Transitions).FrameCount);
        Assert.Equal(96 + 48 - 12, t.TotalFrames);
        Assert.Equal(132 / 24.0, t.RuntimeSeconds, 12);
    }

    [Fact]
    public void Shots_are_numbered_across_acts_so_auto_motion_keeps_alternating()
    {
        var t = PlanOk(WithoutCards
            .Act("One", Shot("a", 4).Motion(MotionPreset.Auto))
            .Act("Two", Shot("b", 4).Motion(MotionPreset.Auto), Shot("c", 4).Motion(MotionPreset.Auto)));

        Assert.Equal([0, 1, 2], t.Shots.Select(s => s.ShotNumber));
        Assert.Equal([1.0, 1.15, 1.0], t.Shots.Select(s => Math.Round(s.Motion.Start.Zoom, 9)));
    }

    private static int Frames(double seconds) => new FrameRate(30).Frames(seconds);
}
