using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using LegacyPress.Core.Instrumentation;
using SkiaSharp;

namespace LegacyPress.Release.Tests.Running;

/// <summary>The expensive preparation happens once per run: counted through the .NET metrics the work itself emits.</summary>
public sealed class PreparedOnceTests : IDisposable
{
    private readonly TestFilm film = new("""
        schema: 1
        title: "Counted"
        version: 1.0.0
        output: { fps: 12 }
        cards: { opening: { duration: 2, transition: cut }, acts: false, credits: false }
        voices:
          narrator: { engine: espeak, settings: { voice: en-gb } }
        acts:
          - title: One
            shots:
              - { id: orange, image: images/a.png, motion: zoom-in, trailer: true, narration: { voice: narrator, text: "An orange still." } }
              - { id: blue, image: images/b.png, duration: 2, motion: still }
              - { id: green, image: images/c.png, duration: 2, motion: pan-left, trailer: true }
        trailer:
          length: 15
        """, ("a.png", SKColors.DarkOrange), ("b.png", SKColors.SteelBlue), ("c.png", SKColors.SeaGreen));

    public void Dispose() => film.Dispose();

    [Fact]
    public async Task A_release_plans_the_film_once_and_hashes_every_still_once()
    {
        var plans = new ConcurrentDictionary<string, int>();
        var hashes = new ConcurrentDictionary<string, int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == WorkCounters.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                // Other tests run in parallel: count only what this project's run did.
                if (tag.Value is string where && where.StartsWith(film.Folder, StringComparison.Ordinal))
                {
                    var counts = instrument.Name == WorkCounters.FilesHashed.Name ? hashes : plans;
                    counts.AddOrUpdate(instrument.Name == WorkCounters.FilesHashed.Name ? where : instrument.Name, 1, (_, n) => n + 1);
                }
            }
        });
        listener.Start();

        var report = await film.RunAsync();

        Assert.True(report.Ok, report.Failure?.Message);
        Assert.Equal(9, report.Built.Count());
        Assert.Equal(1, plans.GetValueOrDefault(WorkCounters.TimelinePlans.Name));
        // The trailer is planned, its lines spoken, and planned again with their measured lengths: twice, not more.
        Assert.Equal(2, plans.GetValueOrDefault(WorkCounters.TrailerPlans.Name));
        // One soundtrack plan for the film, one for the trailer.
        Assert.Equal(2, plans.GetValueOrDefault(WorkCounters.AudioPlans.Name));
        var stills = hashes.Where(h => h.Key.Contains(Path.Combine(film.Folder, "images"), StringComparison.Ordinal)).ToList();
        Assert.Equal(3, stills.Count);
        Assert.All(stills, s => Assert.True(s.Value == 1, $"{s.Key} was hashed {s.Value} times"));
    }
}
