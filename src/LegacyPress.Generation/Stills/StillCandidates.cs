using LegacyPress.Generation.Images;

namespace LegacyPress.Generation.Stills;

/// <summary>One shot's pictures to make: its composed request (seed of the first candidate) and its look to rank by.</summary>
/// <param name="LookReference">What the shot's look group already looks like, or null when none of its stills exists yet.</param>
public sealed record ShotToGenerate(ImageRequest Request, int Candidates, LookTarget? LookReference);

/// <summary>One picture made (or found in the cache) for a shot.</summary>
/// <param name="Number">1-based, in ranked order: what <c>--pick shot=N</c> names and the contact sheet shows.</param>
/// <param name="LookDistance">Mean ΔE00 from the shot's look group, or null when there is nothing to compare with.</param>
public sealed record StillCandidate(int Number, string Path, ImageRequest Request, bool FromCache, double? LookDistance);

/// <summary>What came of one shot: its ranked candidates, and the candidates the service's filter refused.</summary>
public sealed record ShotCandidates(string ShotId, IReadOnlyList<StillCandidate> Candidates, IReadOnlyList<string> Refusals);
