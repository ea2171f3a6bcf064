using System.Globalization;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Trailer;
using static LegacyPress.Core.Tests.Building.FilmBuilder;

namespace LegacyPress.Core.Tests.Trailer;

public sealed class TrailerPlannerTests
{
    /// <summary>Three acts of six 6-second shots, two marked for the trailer in each, most of them narrated.</summary>
    private static Film ThreeActFilm() => WithOpening(5, dipSeconds: 1).ActCards(3)
        .Act("Legacy",
            Shot("workshop", 6).Crossfade(1).SaysFor(5, "My grandfather's workshop smelled of oil. Nobody had opened it since the winter he died.").InTrailer(),
            Shot("portrait", 6).Crossfade(1).SaysFor(4, "Elias Ward. Clockmaker, tinkerer, dreamer."),
            Shot("letter", 6).SaysFor(5, "He had left a letter. To Theo, it said. Finish it for me."),
            Shot("device", 6).Motion(MotionPreset.ZoomIn).InTrailer(),
            Shot("bench", 6),
            Shot("lamp", 6))
        .Act("Discovery",
            Shot("gears", 6).SaysFor(5, "It took me a whole summer to understand the gears."),
            Shot("awakening", 6).SaysFor(5, "On the last night of August, I set the final ring. And the device woke up.").InTrailer(),
            Shot("portal", 6).InTrailer(),
            Shot("threshold", 6).SaysFor(5, "I should have been afraid. Go on, then."),
            Shot("skyships", 6),
            Shot("islands", 6))
        .Act("Journey",
            Shot("forest", 6).SaysFor(5, "The trees were made of crystal and hummed in the wind."),
            Shot("city", 6),
            Shot("storm", 6).SaysFor(6, "Between the worlds there was a storm. It could only carry one of us home.").InTrailer(),
            Shot("return", 6).SaysFor(5, "I came back at dawn. The workshop was as I had left it. I was not."),
            Shot("sunrise", 6).InTrailer(),
            Shot("legacy", 6).SaysFor(5, "Mine is measured in worlds."))
        .Build();

    private static TrailerPlan PlanTrailer(Film film, double? length = null, TrailerOptions? options = null)
    {
        var planned = TimelinePlanner.Plan(film);
        Assert.True(planned.Ok, string.Join("\n", planned.Diagnostics));
        return TrailerPlanner.Plan(film, planned.Timeline!, (options ?? new TrailerOptions()) with { LengthSeconds = length ?? options?.LengthSeconds });
    }

    [Theory]
    [InlineData(30)]
    [InlineData(60)]
    [InlineData(90)]
    public void Trailer_lands_on_its_length_within_one_frame(double seconds)
    {
        var t = PlanTrailer(ThreeActFilm(), seconds).Timeline;

        Assert.InRange(t.TotalFrames, seconds * 30 - 1, seconds * 30 + 1);
        Assert.Equal(t.TotalFrames, t.Segments[^1].EndFrame);
        // The same arithmetic the film planner promises: runtime = Σ segment frames − Σ transition frames.
        Assert.Equal(t.TotalFrames, t.Segments.Sum(s => s.FrameCount) - t.Transitions.Sum(x => x.FrameCount));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(60)]
    [InlineData(90)]
    public void Every_act_is_in_the_trailer_in_film_order_between_hook_and_climax(double seconds)
    {
        var shots = PlanTrailer(ThreeActFilm(), seconds).Timeline.Shots.ToList();

        Assert.Equal([1, 2, 3], shots.Select(s => s.Act.Number).Distinct().Order());
        var beats = shots.Skip(1).SkipLast(1).Select(s => s.ShotNumber).ToList();
        Assert.Equal(beats.Order(), beats);
    }

    [Fact]
    public void Hook_is_the_first_marked_shot_and_the_climax_the_last_marked_one_that_is_not_the_ending()
    {
        var shots = PlanTrailer(ThreeActFilm()).Timeline.Shots.ToList();

        Assert.Equal("workshop", shots[0].Shot.Id);
        Assert.Equal("sunrise", shots[^1].Shot.Id);
        Assert.DoesNotContain(shots, s => s.Shot.Id == "legacy");
    }

    [Theory]
    [InlineData(30)]
    [InlineData(60)]
    public void Marked_shots_come_first_and_holds_stay_between_one_and_a_half_and_four_seconds(double seconds)
    {
        var plan = PlanTrailer(ThreeActFilm(), seconds);
        var t = plan.Timeline;

        Assert.Empty(plan.Notes);
        Assert.All(t.Shots, s => Assert.InRange(Hold(t, s) / 30.0, TrailerShape.MinHoldSeconds, TrailerShape.MaxHoldSeconds));
        var marked = ThreeActFilm().Shots.Count(s => s.Trailer);
        Assert.True(t.Shots.Count(s => s.Shot.Trailer) == marked, "every trailer: true shot is used before any other");
    }

    [Fact]
    public void Holds_shorten_toward_the_climax()
    {
        var t = PlanTrailer(ThreeActFilm(), 60).Timeline;
        var beats = t.Shots.Skip(1).SkipLast(1).Select(s => Hold(t, s)).ToList();

        Assert.True(beats[0] > beats[^1], $"first beat {beats[0]} frames, last {beats[^1]}");
    }

    [Fact]
    public void Cuts_harden_toward_the_end_and_the_climax_cuts_straight_to_the_title_with_a_sting()
    {
        var plan = PlanTrailer(ThreeActFilm(), 60);
        var t = plan.Timeline;
        var shots = t.Shots.ToList();
        string Out(Segment s) => t.Transitions.FirstOrDefault(x => x.FromIndex == s.Index)?.Spec.Kind ?? "cut";

        Assert.Equal("crossfade", Out(shots[0]));
        Assert.Equal("dip-to-black", Out(shots[^2]));
        Assert.Equal("cut", Out(shots[^1]));
        Assert.Equal(
            ["title card", "tagline card", "closing card"],
            t.Segments.OfType<CardSegment>().Select(c => c.Label));
        var title = t.Segments.OfType<CardSegment>().First();
        var sting = Assert.Single(t.Sounds, s => s.Cue.Effect == "impact" && s.ShotId == "title card");
        Assert.Equal(t.Seconds(title.StartFrame), sting.StartSeconds, 6);
    }

    [Fact]
    public void A_short_trailer_puts_the_tagline_on_the_title_card()
    {
        var cards = PlanTrailer(ThreeActFilm(), 30).Timeline.Segments.OfType<CardSegment>().Select(c => c.Card).ToList();

        Assert.Equal(new Card.OpeningTitle("Test Film", "A tagline"), cards[0]);
        Assert.IsType<Card.Closing>(cards[^1]);
        Assert.Equal(2, cards.Count);
    }

    [Fact]
    public void Closing_card_says_what_film_yaml_pins_and_the_release_date()
    {
        var film = ThreeActFilm();
        film = film with
        {
            Metadata = film.Metadata with { ReleaseDate = new DateOnly(2026, 12, 12) },
            Trailer = film.Trailer with { Closing = new ClosingCardText("In cinemas this winter", "https://legacy-film.example") },
        };

        var closing = PlanTrailer(film).Timeline.Segments.OfType<CardSegment>().Last().Card;

        Assert.Equal(new Card.Closing("In cinemas this winter", "12 December 2026", "https://legacy-film.example"), closing);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(60)]
    [InlineData(90)]
    public void Narration_is_whole_sentences_that_never_overlap_and_end_before_the_title(double seconds)
    {
        var film = ThreeActFilm();
        var t = PlanTrailer(film, seconds).Timeline;
        var title = t.Seconds(t.Segments.OfType<CardSegment>().First().StartFrame);

        Assert.NotEmpty(t.Narration);
        foreach (var span in t.Narration)
        {
            var source = film.Shots.Single(s => s.Id == span.ShotId.Split('#')[0]);
            Assert.Contains(span.Narration.Text, Sentences.Split(source.Narration!.Text));
            Assert.True(span.EndSeconds <= title, $"'{span.Narration.Text}' ends at {span.EndSeconds}, the title is at {title}");
        }
        foreach (var (a, b) in t.Narration.Zip(t.Narration.Skip(1)))
        {
            Assert.True(a.EndSeconds <= b.StartSeconds, $"'{a.Narration.Text}' runs into '{b.Narration.Text}'");
        }
    }

    [Fact]
    public void Measured_sentences_are_timed_by_their_measurement()
    {
        var spoken = new Dictionary<string, double> { ["Finish it for me."] = 1.25, ["My grandfather's workshop smelled of oil."] = 2.5 };

        var t = PlanTrailer(ThreeActFilm(), 60, new TrailerOptions { SpokenSeconds = spoken }).Timeline;

        var first = t.Narration[0];
        Assert.Equal("workshop", first.ShotId);
        Assert.Equal(2.5, first.DurationSeconds);
        Assert.False(first.Estimated);
        Assert.Equal(2.5, first.Narration.MeasuredSeconds);
    }

    [Fact]
    public void Planning_is_deterministic()
    {
        static string Describe(TrailerPlan p) => string.Join("\n",
            p.Timeline.Segments.Select(s => $"{s.Label} {s.StartFrame} {s.FrameCount} {(s as ShotSegment)?.Motion}")
                .Concat(p.Timeline.Transitions.Select(x => $"{x.FromIndex} {x.Spec} {x.StartFrame} {x.FrameCount}"))
                .Concat(p.Timeline.Narration.Select(n => $"{n.ShotId} {n.Narration.Text} {n.StartSeconds.ToString(CultureInfo.InvariantCulture)}"))
                .Concat(p.Timeline.Sounds.Select(n => $"{n.ShotId} {n.Cue.Effect} {n.StartSeconds.ToString(CultureInfo.InvariantCulture)}"))
                .Concat(p.Film.Music.Select(m => m.ToString())));

        Assert.Equal(Describe(PlanTrailer(ThreeActFilm())), Describe(PlanTrailer(ThreeActFilm())));
    }

    [Fact]
    public void Pinned_shots_and_lines_are_used_in_their_order()
    {
        var film = ThreeActFilm();
        film = film with
        {
            Trailer = film.Trailer with
            {
                Shots = ["storm", "gears", "workshop", "city"],
                Lines = [new TrailerLine("letter", "Finish it for me."), new TrailerLine("return", "I was not.")],
            },
        };

        var t = PlanTrailer(film, 30).Timeline;

        Assert.Equal(["storm", "gears", "workshop", "city"], t.Shots.Select(s => s.Shot.Id));
        Assert.Equal(["Finish it for me.", "I was not."], t.Narration.Select(n => n.Narration.Text));
        Assert.InRange(t.TotalFrames, 899, 901);
    }

    [Fact]
    public void No_lines_means_no_voice()
    {
        var film = ThreeActFilm();
        film = film with { Trailer = film.Trailer with { Lines = [] } };

        Assert.Empty(PlanTrailer(film).Timeline.Narration);
    }

    [Fact]
    public void Motion_is_the_busiest_part_of_the_film_move_played_faster()
    {
        var planned = TimelinePlanner.Plan(ThreeActFilm()).Timeline!;
        var film = planned.Shots.Single(s => s.Shot.Id == "device");

        var motion = TrailerPlanner.Faster(film, 60);

        // 60 trailer frames at 1.5× speed show the middle 90 of the film's 180.
        Assert.Equal(film.Motion.At(0.25).Zoom, motion.Start.Zoom, 9);
        Assert.Equal(film.Motion.At(0.75).Zoom, motion.End.Zoom, 9);
        Assert.Equal(film.Motion, TrailerPlanner.Faster(film, 150));
    }

    [Fact]
    public void Film_score_enters_so_its_climax_music_plays_under_the_trailer_climax()
    {
        var film = ThreeActFilm();
        film = film with { Music = [new MusicTrack("score", "music/score.ogg", 0, null, 0, false, -6, 2, 3, null, 300)] };
        var filmTimeline = TimelinePlanner.Plan(film).Timeline!;

        var plan = TrailerPlanner.Plan(film, filmTimeline, new TrailerOptions { LengthSeconds = 60 });

        var music = Assert.Single(plan.Film.Music);
        var climaxInTrailer = plan.Timeline.Seconds(plan.Timeline.Shots.Last().StartFrame);
        var climaxInFilm = filmTimeline.Seconds(filmTimeline.Shots.Single(s => s.Shot.Id == "sunrise").StartFrame);
        Assert.Equal(climaxInFilm - climaxInTrailer, music.OffsetSeconds, 6);
        Assert.Equal((0.0, 60.0), (music.StartSeconds, music.EndSeconds!.Value));
    }

    [Fact]
    public void A_film_with_few_shots_still_fills_the_length_and_says_why_the_holds_are_long()
    {
        Film film = WithoutCards.Act("One", Shot("a", 5).InTrailer(), Shot("b", 5), Shot("c", 5).InTrailer());

        var plan = PlanTrailer(film, 60);

        Assert.Equal(1800, plan.Timeline.TotalFrames);
        Assert.Contains(plan.Notes, n => n.Contains("too few shots", StringComparison.Ordinal));
    }

    private static int Hold(Timeline t, Segment s) =>
        s.FrameCount - (t.Transitions.FirstOrDefault(x => x.FromIndex == s.Index)?.FrameCount ?? 0);
}

/// <summary>Issue 18: a trailer on analysed music cuts on its beats and lands its title on a downbeat or a marker.</summary>
public sealed class TrailerOnTheBeatTests
{
    private static TrailerPlan PlanTrailer(Film film, double length)
    {
        var planned = TimelinePlanner.Plan(film);
        Assert.True(planned.Ok, string.Join("\n", planned.Diagnostics));
        return TrailerPlanner.Plan(film, planned.Timeline!, new TrailerOptions { LengthSeconds = length });
    }

    private static Film FilmWithScore(params (string Name, double At)[] markers)
    {
        var shots = Enumerable.Range(0, 18).Select(i => Shot($"s{i}", 6).Crossfade(1).SaysFor(4, $"Line number {i} of the film, long enough to speak.")).ToArray();
        shots[3].InTrailer();
        shots[9].InTrailer();
        shots[15].InTrailer();
        return WithOpening(5, dipSeconds: 1).Music(0.875, firstBeatSeconds: 0.3, fileSeconds: 400, markers: markers).Act("One", shots).Build();
    }

    [Theory]
    [InlineData(30)]
    [InlineData(60)]
    [InlineData(90)]
    public void Cuts_land_on_beats_the_title_on_a_downbeat_and_the_length_holds(double seconds)
    {
        var plan = PlanTrailer(FilmWithScore(), seconds);
        var t = plan.Timeline;
        var track = Assert.Single(plan.Film.Music);

        Assert.InRange(t.TotalFrames, seconds * 30 - 1, seconds * 30 + 1);
        Assert.Equal(t.TotalFrames, t.Segments.Sum(s => s.FrameCount) - t.Transitions.Sum(x => x.FrameCount));
        var onBeat = t.Cuts.Where(c => c.GridSeconds is not null).ToList();
        Assert.True(onBeat.Count >= t.Cuts.Count - 2, $"{onBeat.Count} of {t.Cuts.Count} cuts on a beat: {string.Join(", ", t.Cuts.Select(c => c.KeptBecause))}");
        Assert.All(onBeat, c => Assert.True(Math.Abs(c.Seconds - c.GridSeconds!.Value) <= 1 / 30.0, $"{c.From}→{c.To}"));
        // The title card starts where the music, entered at its offset, plays a downbeat (file beats from 0.3 s every 0.875 s, bars of 4).
        var title = t.Segments.OfType<CardSegment>().First(s => s.Card is Card.OpeningTitle);
        var heard = track.OffsetSeconds + t.Seconds(title.StartFrame);
        var bar = (heard - 0.3) / (4 * 0.875);
        Assert.True(Math.Abs(bar - Math.Round(bar)) * 4 * 0.875 <= 1 / 30.0, $"the title starts {heard:0.000} s into the music, bar {bar:0.000}");
        Assert.All(t.Shots, s => Assert.True(s.FrameCount >= 30 * TrailerShape.MinHoldSeconds - 1, $"{s.Label} holds {s.FrameCount} frames"));
        Assert.Contains(plan.Notes, n => n.StartsWith("cut on the music (68.6 bpm)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_named_marker_within_a_bar_takes_the_title()
    {
        var plain = PlanTrailer(FilmWithScore(), 60);
        var heard = Assert.Single(plain.Film.Music).OffsetSeconds + plain.Timeline.Seconds(plain.Timeline.Segments.OfType<CardSegment>().First().StartFrame);

        var plan = PlanTrailer(FilmWithScore(("drop", heard + 1.3)), 60);

        var title = plan.Timeline.Segments.OfType<CardSegment>().First();
        Assert.Equal(heard + 1.3, Assert.Single(plan.Film.Music).OffsetSeconds + plan.Timeline.Seconds(title.StartFrame), 1);
        Assert.Contains(plan.Notes, n => n.Contains("the title lands on marker 'drop'", StringComparison.Ordinal));
    }
}
