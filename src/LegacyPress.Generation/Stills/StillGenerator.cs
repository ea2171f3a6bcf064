using LegacyPress.Core.Instrumentation;
using LegacyPress.Generation.Images;

namespace LegacyPress.Generation.Stills;

/// <summary>What the generator is doing, for a progress display.</summary>
/// <param name="Shot">1-based number of the shot in this run, of <paramref name="Shots"/>.</param>
/// <param name="Fraction">How far the current candidate is, 0 to 1 (a service's own progress where it reports one).</param>
public sealed record GenerationStep(string ShotId, int Shot, int Shots, int Candidate, int Candidates, double Fraction, bool FromCache)
{
    /// <summary>How far the whole run is, counting every shot's candidates alike.</summary>
    public double RunFraction => Shots == 0 ? 1 : (Shot - 1 + ((Candidate - 1 + Fraction) / Candidates)) / Shots;
}

/// <summary>
/// Makes each shot's candidates through one backend: candidate k is the composed request with seed + k, so asking
/// for more candidates later keeps the earlier ones and pays only for the new. Each comes from the cache when it was
/// made before, else from the backend, and is kept in the cache the moment it arrives, so an interrupted run loses
/// at most the picture in flight. A picture the service's filter refused is reported and the others still come; a
/// <see cref="GenerationException"/> (no key, the service down after retries) stops the run with what was made kept.
/// Candidates are ranked by their look distance to the shot's look group, nearest first.
/// </summary>
public sealed class StillGenerator(IImageBackend backend, GeneratedStillCache cache)
{
    /// <summary>The backend's requests this generator sent (cache hits are not requests).</summary>
    public int Requests { get; private set; }

    public async Task<IReadOnlyList<ShotCandidates>> RunAsync(IReadOnlyList<ShotToGenerate> shots, IProgress<GenerationStep>? progress, CancellationToken cancellationToken)
    {
        var results = new List<ShotCandidates>(shots.Count);
        foreach (var (shot, number) in shots.Select((s, i) => (s, i + 1)))
        {
            var made = new List<(string Path, ImageRequest Request, bool FromCache)>();
            var refusals = new List<string>();
            for (var k = 0; k < shot.Candidates; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var request = shot.Request with { Seed = unchecked(shot.Request.Seed + k) };
                var key = GeneratedStillCache.KeyOf(backend.Name, backend.Recipe, request);
                if (cache.Find(key) is { } cached)
                {
                    made.Add((cached, request, true));
                    progress?.Report(new GenerationStep(shot.Request.ShotId, number, shots.Count, k + 1, shot.Candidates, 1, FromCache: true));
                    continue;
                }
                var step = new InlineProgress<double>(f => progress?.Report(new GenerationStep(shot.Request.ShotId, number, shots.Count, k + 1, shot.Candidates, f, FromCache: false)));
                Requests++;
                switch (await backend.GenerateAsync(request, step, cancellationToken))
                {
                    case ImageOutcome.Picture picture:
                        made.Add((cache.Store(key, picture), request, false));
                        break;
                    case ImageOutcome.Filtered filtered:
                        refusals.Add($"candidate {k + 1} (seed {request.Seed}): {filtered.Reason}");
                        break;
                }
                progress?.Report(new GenerationStep(shot.Request.ShotId, number, shots.Count, k + 1, shot.Candidates, 1, FromCache: false));
            }
            results.Add(new ShotCandidates(shot.Request.ShotId, Rank(made, shot.LookReference), refusals));
        }
        return results;
    }

    /// <summary>Nearest the group's look first; the order made (by seed) when there is no look to compare with.</summary>
    private static List<StillCandidate> Rank(List<(string Path, ImageRequest Request, bool FromCache)> made, LookTarget? look)
    {
        var measured = made.Select((m, i) => (m, i, Distance: look?.DistanceOf(m.Path))).ToList();
        return measured
            .OrderBy(c => c.Distance ?? double.MaxValue)
            .ThenBy(c => c.i)
            .Select((c, rank) => new StillCandidate(rank + 1, c.m.Path, c.m.Request, c.m.FromCache, c.Distance))
            .ToList();
    }
}
