using LegacyPress.Core.Generation;
using LegacyPress.Generation.Images;
using LegacyPress.Generation.Stills;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Generation.Tests.Stills;

/// <summary>
/// The generate run around a backend: candidates at seed + k, the cache, filter refusals, look ranking, and picking.
/// The backend here is an in-process stand-in that paints a flat colour per seed (the HTTP backends are tested
/// against their fake servers); what is under test is everything around it.
/// </summary>
public sealed class StillGeneratorTests
{
    private sealed class PaintingBackend(Func<long, SKColor> colourOfSeed, Func<ImageRequest, string?>? refuse = null) : IImageBackend
    {
        public List<ImageRequest> Seen { get; } = [];

        public string Name => "painting";

        public string Model => "flat-v1";

        public Task<ImageOutcome> GenerateAsync(ImageRequest request, IProgress<double>? progress, CancellationToken cancellationToken)
        {
            Seen.Add(request);
            if (refuse?.Invoke(request) is { } reason)
            {
                return Task.FromResult<ImageOutcome>(new ImageOutcome.Filtered(reason));
            }
            using var bitmap = new SKBitmap(request.WidthPixels, request.HeightPixels);
            using (var canvas = new SKCanvas(bitmap))
            {
                canvas.Clear(colourOfSeed(request.Seed));
                // A darker corner, so the look has some spread to measure.
                using var paint = new SKPaint { Color = SKColors.Black.WithAlpha(90) };
                canvas.DrawRect(0, 0, request.WidthPixels / 3f, request.HeightPixels / 3f, paint);
            }
            progress?.Report(1);
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            return Task.FromResult<ImageOutcome>(new ImageOutcome.Picture(data.ToArray(), ".png"));
        }
    }

    private static ImageRequest Request(string shot, long seed = 100) => new(shot, "brass light, " + shot, "blurry", seed, 128, 72, []);

    [Fact]
    public async Task Candidates_are_made_at_successive_seeds_and_a_second_run_pays_for_none_of_them()
    {
        using var folder = new TempFolder();
        var backend = new PaintingBackend(seed => new SKColor((byte)(seed * 40), 90, 60));
        var cache = GeneratedStillCache.ForProject(folder.Path);

        var first = await new StillGenerator(backend, cache).RunAsync([new ShotToGenerate(Request("workshop"), 3, null)], null, default);
        var again = new StillGenerator(backend, cache);
        var second = await again.RunAsync([new ShotToGenerate(Request("workshop"), 4, null)], null, default);

        Assert.Equal([100L, 101, 102, 103], backend.Seen.Select(r => r.Seed));
        Assert.Equal(1, again.Requests);
        Assert.Equal(3, first[0].Candidates.Count);
        Assert.Equal([true, true, true, false], second[0].Candidates.Select(c => c.FromCache));
        Assert.All(second[0].Candidates, c => Assert.True(File.Exists(c.Path)));
    }

    [Fact]
    public async Task A_refused_candidate_is_reported_and_the_others_and_other_shots_still_arrive()
    {
        using var folder = new TempFolder();
        var backend = new PaintingBackend(_ => SKColors.SaddleBrown, r => r.ShotId == "storm" && r.Seed == 101 ? "Your request was flagged by our content filter." : null);

        var results = await new StillGenerator(backend, GeneratedStillCache.ForProject(folder.Path))
            .RunAsync([new ShotToGenerate(Request("storm"), 3, null), new ShotToGenerate(Request("legacy"), 2, null)], null, default);

        Assert.Equal(2, results[0].Candidates.Count);
        Assert.Equal("candidate 2 (seed 101): Your request was flagged by our content filter.", Assert.Single(results[0].Refusals));
        Assert.Equal(2, results[1].Candidates.Count);
    }

    [Fact]
    public async Task Candidates_nearest_the_look_of_their_group_come_first()
    {
        using var folder = new TempFolder();
        // The group so far: warm amber stills.
        var members = new[] { folder.File("a.png"), folder.File("b.png") };
        TestStills.Write(members[0], new SKColor(200, 140, 60), disc: (0.3, 0.3));
        TestStills.Write(members[1], new SKColor(190, 130, 70), disc: (0.6, 0.4));
        var target = LookTarget.Of("workshop", members);
        // Seed 100 cold blue, 101 amber, 102 grey-green: the amber one must be offered first.
        var colours = new Dictionary<long, SKColor> { [100] = new(40, 80, 200), [101] = new(198, 138, 64), [102] = new(110, 130, 110) };
        var backend = new PaintingBackend(seed => colours[seed]);

        var results = await new StillGenerator(backend, GeneratedStillCache.ForProject(folder.Path)).RunAsync([new ShotToGenerate(Request("portrait"), 3, target)], null, default);

        var ranked = results[0].Candidates;
        Assert.Equal([101L, 102, 100], ranked.Select(c => c.Request.Seed));
        Assert.Equal([1, 2, 3], ranked.Select(c => c.Number));
        Assert.True(ranked[0].LookDistance < ranked[2].LookDistance);
    }

    [Fact]
    public async Task Picking_copies_the_candidate_writes_the_image_line_and_records_provenance_but_never_overwrites_a_hand_made_still()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("film.yaml"), "schema: 1\ntitle: T\nacts:\n  - title: One\n    shots:\n      - id: workshop   # the first\n        prompt: brass\n      - id: letter\n        image: images/letter.png\n");
        Directory.CreateDirectory(folder.File("images"));
        TestStills.Write(folder.File("images/letter.png"), SKColors.Beige);
        var backend = new PaintingBackend(_ => SKColors.Peru);
        var results = await new StillGenerator(backend, GeneratedStillCache.ForProject(folder.Path))
            .RunAsync([new ShotToGenerate(Request("workshop"), 1, null), new ShotToGenerate(Request("letter"), 1, null)], null, default);

        var workshop = StillPicker.Pick(folder.Path, "workshop", results[0].Candidates[0], backend.Name, backend.Model, p => Path.GetRelativePath(folder.Path, p));
        var letter = StillPicker.Pick(folder.Path, "letter", results[1].Candidates[0], backend.Name, backend.Model, p => Path.GetRelativePath(folder.Path, p));

        Assert.Equal("images/workshop.png", workshop);
        Assert.Equal("images/letter-2.png", letter);
        Assert.Equal("schema: 1\ntitle: T\nacts:\n  - title: One\n    shots:\n      - id: workshop   # the first\n        image: images/workshop.png\n        prompt: brass\n      - id: letter\n        image: images/letter-2.png\n", File.ReadAllText(folder.File("film.yaml")));
        Assert.Equal(File.ReadAllBytes(results[0].Candidates[0].Path), File.ReadAllBytes(folder.File("images/workshop.png")));
        var provenance = ProvenanceFile.Read(folder.Path);
        Assert.Equal(["images/letter-2.png", "images/workshop.png"], provenance.Keys.Order());
        var record = provenance["images/workshop.png"];
        Assert.Equal(("painting", "flat-v1", "brass light, workshop", "blurry", 100L, 128, 72), (record.Backend, record.Model, record.Prompt, record.NegativePrompt, record.Seed, record.Width, record.Height));
    }

    [Fact]
    public async Task The_contact_sheet_shows_every_shot_and_candidate()
    {
        using var folder = new TempFolder();
        var backend = new PaintingBackend(seed => new SKColor((byte)(seed * 30), 120, 80), r => r.Seed == 102 ? "filtered" : null);
        var results = await new StillGenerator(backend, GeneratedStillCache.ForProject(folder.Path))
            .RunAsync([new ShotToGenerate(Request("workshop"), 3, null), new ShotToGenerate(Request("letter"), 2, null)], null, default);

        CandidateSheet.WritePng(results, "Legacy — candidates", 9 / 16.0, folder.File("candidates.png"));

        // Two columns (the third candidate of 'workshop' was refused, and is listed under its row), two rows.
        using var sheet = SKBitmap.Decode(folder.File("candidates.png"));
        Assert.True(sheet.Width >= 180 + 2 * 320 && sheet.Width < 180 + 3 * 320 && sheet.Height >= 2 * 180, $"{sheet.Width}x{sheet.Height}");
    }
}
