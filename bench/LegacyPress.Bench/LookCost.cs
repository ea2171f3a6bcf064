using LegacyPress.TestSupport;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Release;
using LegacyPress.Render.Look.Colour;
using LegacyPress.Render.Look.Matching;
using LegacyPress.Render.Media;

namespace LegacyPress.Bench;

/// <summary>
/// Issue 17: how long the look survey takes on 60 generated 4000x3000 stills (target under 10 s on 2 cores), and on
/// the sample film, how its matching moves the drift within each act and the differences between acts.
/// </summary>
internal static class LookCost
{
    public static void Run(string folder)
    {
        Console.WriteLine("\n== look: the survey of every shot's shown crop (issue 17)");
        var synthetic = new SyntheticFilm(Path.Combine(folder, "look"));
        synthetic.DrawStills();
        synthetic.WriteYaml();
        var film = new FilmLoader(new MediaInspector()).Load(synthetic.Folder).Film ?? throw new InvalidOperationException("the synthetic film does not load");
        film = film with { Look = film.Look with { Match = LookMatch.Default } };
        var timeline = TimelinePlanner.Plan(film).Timeline ?? throw new InvalidOperationException("the synthetic film does not plan");
        var start = CpuClock.Now();
        var look = LookSurvey.Run(film, timeline, new FileHashes());
        var spent = CpuClock.Now() - start;
        Console.WriteLine($"  {SyntheticFilm.ShotCount} stills of 4000x3000 JPEG, measured and matched (reinhard): {spent.Wall.TotalSeconds,6:0.00} s wall, {spent.Cpu.TotalSeconds,6:0.00} s CPU   target < 10 s wall: {(spent.Wall.TotalSeconds < 10 ? "ok" : "MISSED")}");
        Console.WriteLine($"  {look.Shots.Count(s => s.After is not null)} LUTs baked, {look.Shots.Count(s => s.Problem is not null)} shots not measurable");

        var sample = new FilmLoader(new MediaInspector()).Load(SampleFilm.Folder()).Film ?? throw new InvalidOperationException("the sample film does not load");
        var sampleTimeline = TimelinePlanner.Plan(sample).Timeline ?? throw new InvalidOperationException("the sample film does not plan");
        start = CpuClock.Now();
        var sampleLook = LookSurvey.Run(sample, sampleTimeline, new FileHashes());
        spent = CpuClock.Now() - start;
        Console.WriteLine($"\n  samples/legacy ({sampleLook.Shots.Count()} shots, match {Describe(sample.Look.Match)}): survey {spent.Wall.TotalSeconds:0.00} s wall");
        Console.WriteLine("  per act: mean ΔE00 between every two shots' mean colours, before matching and as the film shows them");
        var acts = sampleLook.Shots.GroupBy(s => s.Segment.Act.Number).OrderBy(g => g.Key).ToList();
        foreach (var act in acts)
        {
            var before = MeanPairwise(act.Select(s => s.Before?.Mean).OfType<Lab>().ToList());
            var shown = MeanPairwise(act.Select(Shown).OfType<Lab>().ToList());
            Console.WriteLine($"    act {act.Key}: {before,6:0.00} -> {shown,6:0.00}   {(shown < before ? "down" : "NOT DOWN")}   ({string.Join(", ", act.Select(s => s.ShotId))})");
        }
        Console.WriteLine("  between acts: ΔE00 between the acts' mean colours, before -> as shown");
        for (var i = 0; i + 1 < acts.Count; i++)
        {
            var before = Ciede2000.Delta(Mean(acts[i].Select(s => s.Before?.Mean)), Mean(acts[i + 1].Select(s => s.Before?.Mean)));
            var shown = Ciede2000.Delta(Mean(acts[i].Select(Shown)), Mean(acts[i + 1].Select(Shown)));
            Console.WriteLine($"    act {acts[i].Key} to act {acts[i + 1].Key}: {before,6:0.00} -> {shown,6:0.00}");
        }
    }

    private static Lab? Shown(ShotLook shot) => shot.After?.Statistics.Mean ?? shot.Before?.Mean;

    private static double MeanPairwise(IReadOnlyList<Lab> colours)
    {
        var (sum, count) = (0.0, 0);
        for (var i = 0; i < colours.Count; i++)
        {
            for (var j = i + 1; j < colours.Count; j++)
            {
                sum += Ciede2000.Delta(colours[i], colours[j]);
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    private static Lab Mean(IEnumerable<Lab?> colours)
    {
        var list = colours.OfType<Lab>().ToList();
        return new Lab(list.Average(c => c.L), list.Average(c => c.A), list.Average(c => c.B));
    }

    private static string Describe(LookMatch? match) => match is null ? "off" : $"{LookSurvey.MethodName(match.Method)} at {match.Strength:0.##}";
}
