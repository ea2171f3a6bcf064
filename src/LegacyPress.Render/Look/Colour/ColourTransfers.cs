using System.Collections.Frozen;

namespace LegacyPress.Render.Look.Colour;

/// <summary>The colour-transfer methods by the names a film's look settings use, each building a transfer from a source look to a target look.</summary>
public static class ColourTransfers
{
    private static readonly (string Name, Func<LookStatistics, LookStatistics, IColourTransfer> Build)[] Methods =
    [
        ("reinhard", (source, target) => new ReinhardTransfer(source, target)),
        ("mkl", (source, target) => new MongeKantorovichTransfer(source, target)),
        ("histogram", (source, target) => new HistogramTransfer(source, target)),
    ];

    private static readonly FrozenDictionary<string, Func<LookStatistics, LookStatistics, IColourTransfer>> ByName =
        Methods.ToFrozenDictionary(m => m.Name, m => m.Build, StringComparer.Ordinal);

    /// <summary>The method names, in the order they are documented.</summary>
    public static IReadOnlyList<string> Names { get; } = Methods.Select(m => m.Name).ToArray();

    public static bool IsKnown(string method) => ByName.ContainsKey(method);

    /// <summary>The transfer of method <paramref name="method"/> that makes <paramref name="source"/> look like <paramref name="target"/>.</summary>
    public static IColourTransfer Create(string method, LookStatistics source, LookStatistics target) =>
        ByName.TryGetValue(method, out var build)
            ? build(source, target)
            : throw new ArgumentException($"unknown colour transfer '{method}'; the methods are {string.Join(", ", Names)}", nameof(method));
}
