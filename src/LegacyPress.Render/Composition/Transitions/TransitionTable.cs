using LegacyPress.Core.Model;
using SkiaSharp;

namespace LegacyPress.Render.Composition.Transitions;

/// <summary>
/// Every transition the renderer knows, by the name film.yaml uses (<see cref="TransitionKinds.Known"/>).
/// The one place a new transition is registered; tested to match Core's list exactly.
/// </summary>
public static class TransitionTable
{
    public static IReadOnlyDictionary<string, ITransition> All { get; } = new Dictionary<string, ITransition>(StringComparer.Ordinal)
    {
        [TransitionKinds.Cut] = new CutTransition(),
        ["crossfade"] = new CrossfadeTransition(),
        ["dip-to-black"] = new DipTransition(SKColors.Black),
        ["dip-to-white"] = new DipTransition(SKColors.White),
        ["wipe-left"] = new WipeTransition(Direction.Left),
        ["wipe-right"] = new WipeTransition(Direction.Right),
        ["wipe-up"] = new WipeTransition(Direction.Up),
        ["wipe-down"] = new WipeTransition(Direction.Down),
        ["slide-left"] = new SlideTransition(Direction.Left),
        ["slide-right"] = new SlideTransition(Direction.Right),
        ["push-left"] = new PushTransition(Direction.Left),
        ["push-right"] = new PushTransition(Direction.Right),
        ["zoom-through"] = new ZoomThroughTransition(),
        ["iris"] = new IrisTransition(),
        ["clock-wipe"] = new ClockWipeTransition(),
        ["film-burn"] = new FilmBurnTransition(),
    };

    /// <summary>The transition named <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentException">No transition has that name (the loader rejects such films first).</exception>
    public static ITransition For(string kind) =>
        All.TryGetValue(kind, out var transition) ? transition : throw new ArgumentException($"unknown transition '{kind}'", nameof(kind));
}
