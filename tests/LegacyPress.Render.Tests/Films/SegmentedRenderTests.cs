using LegacyPress.Core.Release;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Composition;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Films;
using LegacyPress.Render.Films.Segments;
using LegacyPress.TestSupport.Measurement;
using LegacyPress.Render.Tests.Support;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Films;

public sealed class SegmentedRenderTests : IDisposable
{
    private static readonly RenderPreset Tiny = new(new OutputPreset("tiny", 160, 90, "tests"), new X264Settings(X264Preset.Ultrafast, 26), ReframeVertical: false);
    private static readonly FrameDrawerFactory Drawers = (film, timeline, preset) => new FilmFrameDrawer(film, timeline, preset.WidthPixels, preset.HeightPixels, new FilmFrameOptions(), new PlainCardArtist());
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Four one-second shots at 24 fps (unless told otherwise): a hard cut, a crossfade, a cut.</summary>
    private Film SyntheticFilm(MotionPreset thirdMotion = MotionPreset.ZoomIn, FrameRate? rate = null, double crossfadeSeconds = 0.5)
    {
        SKColor[] colours = [SKColors.DarkOrange, SKColors.SteelBlue, SKColors.SeaGreen, SKColors.Crimson];
        var at = new SourceLocation("film.yaml", 1, 1);
        var shots = colours.Select((c, i) =>
        {
            var image = $"{i}.png";
            if (!File.Exists(folder.File(image)))
            {
                using var surface = SKSurface.Create(new SKImageInfo(320, 180))!;
                surface.Canvas.Clear(c);
                using var paint = new SKPaint { Color = SKColors.White };
                surface.Canvas.DrawCircle(160, 90, 40, paint);
                using var data = surface.Snapshot().Encode(SKEncodedImageFormat.Png, 100);
                File.WriteAllBytes(folder.File(image), data.ToArray());
            }
            var transition = i == 1 ? new TransitionSpec("crossfade", crossfadeSeconds, Easing.Linear) : TransitionSpec.Cut;
            var motion = new MotionSpec.Preset(i == 2 ? thirdMotion : MotionPreset.ZoomIn, 0.2, Easing.Linear);
            return new Shot($"s{i}", image, new ShotDuration.Fixed(1), motion, FocusPoint.Centre, Fit.Cover, transition, null, [], null, null, null, false, at);
        }).ToList();
        return new Film(
            new ProjectInfo(folder.Path, folder.File("film.yaml"), 1),
            new FilmMetadata("Synthetic", null, null, null, "1.0.0", null, "en", [], [], null, []),
            new OutputFormat("tiny", 160, 90, rate ?? new FrameRate(24)),
            new Core.Model.Look(null, 1, 0, 0, false, 1),
            new Dictionary<string, Voice>(),
            [],
            new Core.Model.Cards(null, null, null),
            [new Act(1, "One", shots, at)],
            new NarrationTiming(0.5, 1, 5, 2.5),
            FreeSection.Empty,
            FreeSection.Empty);
    }

    private static Timeline Plan(Film film) => TimelinePlanner.Plan(film).Timeline!;

    private SegmentedFilmRenderer Renderer() => new(Drawers, folder.File("segments"), "placeholder-1", new EncodingPipeline(drawingThreads: 1));

    [Fact]
    public void Pieces_cover_the_film_and_never_split_a_transition()
    {
        var timeline = Plan(SyntheticFilm());

        var pieces = FilmSegmentPlanner.Plan(timeline);

        Assert.Equal(0, pieces[0].StartFrame);
        Assert.Equal(timeline.TotalFrames, pieces[^1].EndFrame);
        Assert.All(pieces.Zip(pieces.Skip(1)), p => Assert.Equal(p.First.EndFrame, p.Second.StartFrame));
        Assert.All(pieces, p => Assert.DoesNotContain(timeline.Transitions, t => p.StartFrame > t.StartFrame && p.StartFrame < t.EndFrame));
        // s0 | s1 alone | the crossfade s1→s2 | s2 alone | s3.
        Assert.Equal([new FrameRange(0, 24), new FrameRange(24, 36), new FrameRange(36, 48), new FrameRange(48, 60), new FrameRange(60, 84)], pieces);
    }

    [Fact]
    public void A_crossfade_as_long_as_its_shot_puts_two_segments_on_one_frame_and_each_piece_still_has_a_fingerprint()
    {
        var film = SyntheticFilm(crossfadeSeconds: 1);
        var timeline = Plan(film);
        Assert.Contains(timeline.Segments.GroupBy(s => s.StartFrame), g => g.Count() > 1);
        var fingerprints = new SegmentFingerprint(film, Tiny, "v", new FileHashes());

        var prints = FilmSegmentPlanner.Plan(timeline).Select(range => fingerprints.Of(timeline, range).Sha256).ToList();

        Assert.Equal(prints.Count, prints.Distinct().Count());
    }

    [Fact]
    public async Task Joined_film_matches_a_full_render_and_one_changed_shot_re_renders_only_its_pieces()
    {
        var film = SyntheticFilm();
        var timeline = Plan(film);
        var audio = folder.File("mix.wav");
        await Tools.ExternalTool.RunCheckedAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=5", "-ac", "2", audio], "making a tone", CancellationToken.None);
        var full = await new FilmRenderer(Drawers, new EncodingPipeline(drawingThreads: 1))
            .RenderAsync(new RenderRequest(film, timeline, Tiny, folder.File("full")) { AudioPath = audio });

        var first = await Renderer().RenderAsync(new RenderRequest(film, timeline, Tiny, folder.File("joined")) { AudioPath = audio });

        var expected = Ffprobe.Probe(full.OutputPath);
        var joined = Ffprobe.Probe(first.OutputPath);
        Assert.Equal((5, 5), (first.Pieces, first.PiecesRendered));
        Assert.Equal(timeline.TotalFrames, joined.Frames);
        Assert.Equal(expected.Frames, joined.Frames);
        Assert.Equal(expected.DurationSeconds, joined.DurationSeconds, 2);
        Assert.Equal("aac", joined.AudioCodec);
        await AssertNoSeams(full.OutputPath, first.OutputPath);

        var again = await Renderer().RenderAsync(new RenderRequest(film, timeline, Tiny, folder.File("joined")) { AudioPath = audio });
        Assert.Equal(0, again.PiecesRendered);

        var changed = SyntheticFilm(thirdMotion: MotionPreset.PanLeft);
        var edited = await Renderer().RenderAsync(new RenderRequest(changed, Plan(changed), Tiny, folder.File("joined")) { AudioPath = audio });
        // s2 is on screen in the crossfade piece and in its own piece; the others are untouched.
        Assert.Equal(2, edited.PiecesRendered);
        Assert.Equal(timeline.TotalFrames, Ffprobe.Probe(edited.OutputPath).Frames);
        Assert.Equal(5, Directory.GetFiles(folder.File("segments"), "tiny-*.mp4").Length);
    }

    [Fact]
    public async Task A_changed_snap_tolerance_re_renders_only_the_pieces_whose_cuts_moved()
    {
        // Six 1.1 s shots cut hard at 30 fps, beats every 0.5 s from 0.1 s. At 0.15 s of tolerance the cuts at 3.3 and 4.4 s
        // find no beat and stay; at 0.35 s they go to 3.1 and 4.6. The other cuts (1.1, 2.1, 5.6) sit on the same beats.
        Film OnBeats(double tolerance)
        {
            var film = SyntheticFilm(rate: new FrameRate(30));
            var shots = Enumerable.Range(0, 6).Select(i => film.Acts[0].Shots[i % 4] with { Id = $"b{i}", Duration = new ShotDuration.Fixed(1.1), Transition = TransitionSpec.Cut }).ToList();
            var beats = Enumerable.Range(0, 20).Select(i => 0.1 + (0.5 * i)).ToList();
            var score = new MusicTrack("score", "score.ogg", 0, null, 0, false, 0, 0, 0, null, 10)
            {
                Analysis = new MusicAnalysis(120, beats, beats.Where((_, i) => i % 4 == 0).ToList(), [], 10),
            };
            return film with { Acts = [film.Acts[0] with { Shots = shots }], Music = [score], Timing = new TimingSnap(SnapTarget.Beats, tolerance, null) };
        }
        var narrow = OnBeats(0.15);
        var wide = OnBeats(0.35);
        Assert.Equal([1.1, 2.1, 3.3, 4.4, 5.6], Plan(narrow).Cuts.Select(c => Math.Round(c.Seconds, 3)));
        Assert.Equal([1.1, 2.1, 3.1, 4.6, 5.6], Plan(wide).Cuts.Select(c => Math.Round(c.Seconds, 3)));

        var first = await Renderer().RenderAsync(new RenderRequest(narrow, Plan(narrow), Tiny, folder.File("snapped")));
        var again = await Renderer().RenderAsync(new RenderRequest(wide, Plan(wide), Tiny, folder.File("snapped")));

        Assert.Equal((6, 6), (first.Pieces, first.PiecesRendered));
        // b2, b3 and b4 each touch a moved cut; b0, b1 and b5 start and end where they did.
        Assert.Equal((6, 3), (again.Pieces, again.PiecesRendered));
        Assert.Equal(Plan(wide).TotalFrames, Ffprobe.Probe(again.OutputPath).Frames);
        // Measured from the pictures: each cut of the joined film is on its beat, to the frame.
        var seen = await CutDetector.FindAsync(again.OutputPath, 160, 90, 30);
        Assert.Equal([1.1, 2.1, 3.1, 4.6, 5.6], seen.Select(c => Math.Round(c, 3)));
    }

    [Fact]
    public async Task Cuts_found_in_the_pictures_are_the_planned_ones_a_crossfade_at_its_midpoint()
    {
        var film = SyntheticFilm(rate: new FrameRate(30));
        var timeline = Plan(film);

        var rendered = await new FilmRenderer(Drawers, new EncodingPipeline(drawingThreads: 1)).RenderAsync(new RenderRequest(film, timeline, Tiny, folder.File("cuts")));

        var seen = await CutDetector.FindAsync(rendered.OutputPath, 160, 90, 30);
        Assert.Equal(timeline.Cuts.Count, seen.Count);
        Assert.All(timeline.Cuts.Zip(seen), p => Assert.True(Math.Abs(p.First.Seconds - p.Second) <= 1 / 30.0, $"planned {p.First.Seconds:0.000}, seen {p.Second:0.000}"));
    }

    [Fact]
    public async Task A_29_97_film_joins_into_an_exact_30000_1001_stream_of_its_planned_frames_and_sound()
    {
        var film = SyntheticFilm(rate: FrameRate.Ntsc(30));
        var timeline = Plan(film);
        var audio = folder.File("mix.wav");
        await Tools.ExternalTool.RunCheckedAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=2", "-ac", "2", audio], "making a tone", CancellationToken.None);

        var result = await Renderer().RenderAsync(new RenderRequest(film, timeline, Tiny, folder.File("joined")) { AudioPath = audio });

        // Four shots of round(29.97) = 30 frames, less a crossfade of round(0.5 × 29.97) = 15: 105 frames, 3.5035 s.
        Assert.Equal(105, timeline.TotalFrames);
        var probed = Ffprobe.Probe(result.OutputPath);
        Assert.Equal("30000/1001", probed.FrameRate);
        Assert.Equal((105, 105), (probed.Frames, probed.ContainerFrames));
        const double seconds = 105 * 1001 / 30000.0;
        Assert.InRange(probed.VideoSeconds, seconds - 1e-4, seconds + 1e-4);
        // The 2 s tone is padded with silence to the picture's end (to within one AAC frame, 21 ms).
        Assert.InRange(probed.AudioSeconds!.Value, seconds - 0.022, seconds + 0.022);
        // Every frame is shown at n × 1001/30000 s (ffprobe prints microseconds): no join nudged the pieces after it.
        var late = Ffprobe.FrameTimes(result.OutputPath).Select((t, n) => (n, Off: t - n * 1001 / 30000.0)).Where(f => Math.Abs(f.Off) > 1e-6).ToList();
        Assert.True(late.Count == 0, $"{late.Count} frames off their time, first frame {late.FirstOrDefault().n} by {late.FirstOrDefault().Off * 1000:0.###} ms");
    }

    /// <summary>Every frame of the joined film looks like the same frame of the full render (within encoding noise, luma 0–255), joins included.</summary>
    private static async Task AssertNoSeams(string fullPath, string joinedPath)
    {
        var full = new List<GrayImage>();
        await foreach (var f in VideoFrames.ReadLumaAsync(fullPath, 160, 90))
        {
            full.Add(f);
        }
        var i = 0;
        await foreach (var f in VideoFrames.ReadLumaAsync(joinedPath, 160, 90))
        {
            var diff = f.Values.Zip(full[i].Values).Average(p => Math.Abs(p.First - p.Second));
            Assert.True(diff < 3, $"frame {i} differs by {diff:0.0000} on average");
            i++;
        }
        Assert.Equal(full.Count, i);
    }
}
