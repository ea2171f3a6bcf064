using System.Runtime.InteropServices;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Release;
using LegacyPress.Render.Composition;
using LegacyPress.Render.Films;
using LegacyPress.Render.Frames;
using LegacyPress.Render.Look;
using LegacyPress.Render.Look.Colour;
using LegacyPress.Render.Look.Matching;
using LegacyPress.Render.Media;
using LegacyPress.Render.Tests.Composition;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Look.Matching;

/// <summary>
/// Issue 17 through the renderer: stills measured as framed, matched to their group's reference through baked LUTs
/// that the frame drawer applies, cached by what they were made from.
/// </summary>
public sealed class ColourMatchingTests
{
    private const string Acts = """
          - title: One
            shots:
              - { id: base, image: base.png, duration: 3, motion: still }
              - { id: cast, image: cast.png, duration: 3, motion: zoom-in }
              - { id: kept, image: kept.png, duration: 3, motion: pan-left, match: false }
        """;

    private const string MatchOn = "look: { match: { method: mkl, reference: base } }";

    [Fact]
    public void A_matched_shots_frames_are_its_lut_applied_to_the_unmatched_frames()
    {
        using var project = Project(MatchOn);
        var film = ColourMatching.Resolve(project.Film, project.Timeline, new FileHashes());
        var cast = project.Timeline.Shots.Single(s => s.Shot.Id == "cast");
        var lut = CubeLut.Load(film.ColourMatches!["cast"].CubePath);
        var reference = new LutTransform(lut);
        using var matched = Drawer(film, project.Timeline, ShotGrades.For(film, project.Timeline));
        using var plain = Drawer(film, project.Timeline, new Dictionary<string, CubeGrader>());

        // The shot alone, moving (in its crossfades each side is graded before the blend, so no one LUT describes them).
        var middle = cast.StartFrame + cast.FrameCount / 2;
        foreach (var frame in new[] { middle - 3, middle, middle + 3 })
        {
            var shown = Render(matched, frame);
            var unmatched = Render(plain, frame);
            var graded = unmatched.ToArray();
            new CubeGrader(lut).Apply(MemoryMarshal.Cast<byte, uint>(graded.AsSpan()));

            Assert.Equal(graded, shown);
            for (var i = 0; i < shown.Length; i += 4)
            {
                var (r, g, b) = reference.Map(unmatched[i + 2], unmatched[i + 1], unmatched[i]);
                Assert.InRange(shown[i + 2] - ToByte(r), -1, 1);
                Assert.InRange(shown[i + 1] - ToByte(g), -1, 1);
                Assert.InRange(shown[i] - ToByte(b), -1, 1);
            }
            // Canvas-only drawing (previews, stills, promo frames) shows the same picture.
            Assert.Equal(shown, Drawn(matched, frame));
        }
    }

    [Fact]
    public void The_reference_and_a_match_false_shot_are_drawn_bit_for_bit_as_they_are()
    {
        using var project = Project(MatchOn);
        var film = ColourMatching.Resolve(project.Film, project.Timeline, new FileHashes());
        Assert.Equal(["cast"], film.ColourMatches!.Keys);
        using var matched = Drawer(film, project.Timeline, ShotGrades.For(film, project.Timeline));
        using var plain = Drawer(film, project.Timeline, new Dictionary<string, CubeGrader>());

        foreach (var id in new[] { "base", "kept" })
        {
            var shot = project.Timeline.Shots.Single(s => s.Shot.Id == id);
            var frame = id == "base" ? shot.StartFrame + 5 : shot.StartFrame + shot.FrameCount - 1;
            Assert.Equal(Render(plain, frame), Render(matched, frame));
        }
    }

    [Fact]
    public void Matching_brings_the_cast_shot_to_its_reference_and_leaves_other_groups_alone()
    {
        using var withLook = Project("look: { match: { method: reinhard, reference: base } }", extraShot: "- { id: night, image: night.png, duration: 3, motion: still, look_group: night, match: false }");

        var look = LookSurvey.Run(withLook.Film, withLook.Timeline, new FileHashes());

        var one = look.Groups.Single(g => g.Name == "act-1");
        var castShot = one.Shots.Single(s => s.ShotId == "cast");
        Assert.True(castShot.DriftBefore!.Value.MeanDeltaE > 8, $"the cast drifts {castShot.DriftBefore.Value.MeanDeltaE:F2}");
        // The zoomed shot shows part of the still the reference shows whole, and reinhard matches lαβ, not Lab, means:
        // close, not exact.
        Assert.True(castShot.After!.Drift.MeanDeltaE < 2.0, $"after matching it drifts {castShot.After.Drift.MeanDeltaE:F2}");
        Assert.True(one.MeanDriftShown < one.MeanDriftBefore);
        // The night group is measured against itself, and kept: the two groups stay as far apart as they were.
        var night = look.Groups.Single(g => g.Name == "night").Shots.Single();
        Assert.Null(night.After);
        var baseShot = one.Shots.Single(s => s.ShotId == one.ReferenceShotId);
        Assert.True(Ciede2000.Delta(night.Before!.Mean, baseShot.Before!.Mean) > 20);
    }

    [Fact]
    public void A_changed_still_rebakes_only_its_own_lut()
    {
        using var project = Project(MatchOn, extraShot: "- { id: other, image: other.png, duration: 3, motion: zoom-out }");
        var before = ColourMatching.Resolve(project.Film, project.Timeline, new FileHashes()).ColourMatches!;
        var untouched = File.GetLastWriteTimeUtc(before["other"].CubePath);

        project.Still("cast.png", 480, 270, (x, y) => Cast(Texture(x, y), 1.25, 0.9, 0.7));
        project.Load();
        var after = ColourMatching.Resolve(project.Film, project.Timeline, new FileHashes()).ColourMatches!;

        Assert.NotEqual(before["cast"].Key, after["cast"].Key);
        Assert.Equal(before["other"].Key, after["other"].Key);
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(after["other"].CubePath));
        Assert.True(File.Exists(after["cast"].CubePath));
    }

    [Fact]
    public void An_unchanged_film_reuses_its_recorded_matches()
    {
        using var project = Project(MatchOn);
        var first = ColourMatching.Resolve(project.Film, project.Timeline, new FileHashes()).ColourMatches!;
        var plans = Directory.GetFiles(Path.Combine(project.Film.Project.CacheDirectory, "look"), "film-*.json");

        var second = ColourMatching.Resolve(project.Film, project.Timeline, new FileHashes()).ColourMatches!;

        Assert.Single(plans);
        Assert.Equal(first.OrderBy(m => m.Key), second.OrderBy(m => m.Key));
    }

    [Fact]
    public void Stills_too_small_or_flat_to_measure_are_reported_and_not_matched()
    {
        using var project = new TestFilm("""
              - title: One
                shots:
                  - { id: base, image: base.png, duration: 3, motion: still }
                  - { id: tiny, image: tiny.png, duration: 3, motion: still }
                  - { id: flat, image: flat.png, duration: 3, motion: still }
            """, cardsYaml: "cards: { opening: false, acts: false, credits: false }\nlook: { match: { method: reinhard, reference: base } }");
        project.Still("base.png", 480, 270, Texture).Still("tiny.png", 40, 30, Texture).Still("flat.png", 300, 200, (_, _) => new SKColor(90, 120, 150)).Load();

        var look = LookSurvey.Run(project.Film, project.Timeline, new FileHashes());

        var shots = look.Shots.ToDictionary(s => s.ShotId);
        Assert.Contains("too small", shots["tiny"].Problem);
        Assert.NotNull(shots["flat"].Problem);
        Assert.Null(shots["tiny"].After);
        Assert.Null(shots["flat"].After);
        Assert.Empty(look.Matches);
    }

    private static TestFilm Project(string look, string extraShot = "")
    {
        var acts = extraShot.Length == 0 ? Acts : Acts + "\n      " + extraShot;
        var project = new TestFilm(acts, cardsYaml: "cards: { opening: false, acts: false, credits: false }\n" + look);
        project.Still("base.png", 480, 270, Texture)
            .Still("cast.png", 480, 270, (x, y) => Cast(Texture(x, y), 0.8, 0.95, 1.25))
            .Still("kept.png", 480, 270, (x, y) => Cast(Texture(x, y), 1.2, 1.0, 0.8))
            .Still("other.png", 480, 270, (x, y) => Cast(Texture(x, y), 0.9, 1.15, 0.9))
            .Still("night.png", 480, 270, (x, y) => Cast(Texture(x, y), 0.25, 0.3, 0.6));
        return project.Load();
    }

    private static SKColor Texture(int x, int y) => new(
        (byte)(128 + 100 * Math.Sin(x / 13.0)),
        (byte)(128 + 90 * Math.Cos(y / 17.0)),
        (byte)(110 + 80 * Math.Sin((x + y) / 23.0)));

    private static SKColor Cast(SKColor c, double r, double g, double b) =>
        new((byte)Math.Clamp(c.Red * r, 0, 255), (byte)Math.Clamp(c.Green * g, 0, 255), (byte)Math.Clamp(c.Blue * b, 0, 255));

    private static FilmFrameDrawer Drawer(Core.Model.Film film, Timeline timeline, IReadOnlyDictionary<string, CubeGrader> grades) =>
        new(film, timeline, 320, 180, new FilmFrameOptions { ShotGrades = grades }, new PlainCardArtist());

    private static byte[] Render(FilmFrameDrawer drawer, int frame)
    {
        using var raster = new RasterFrame(drawer.WidthPixels, drawer.HeightPixels);
        drawer.Render(frame, raster);
        return raster.Pixels().ToArray();
    }

    private static byte[] Drawn(FilmFrameDrawer drawer, int frame)
    {
        using var image = StillRenderer.Draw(drawer, frame);
        using var bitmap = SKBitmap.FromImage(image);
        return bitmap.Bytes;
    }

    private static int ToByte(float v) => Math.Clamp((int)(v * 255f + 0.5f), 0, 255);
}
