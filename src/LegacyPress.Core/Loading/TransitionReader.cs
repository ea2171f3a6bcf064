using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Loading;

/// <summary>Reads a transition written as a kind name (<c>crossfade</c>) or a mapping (type, duration, easing).</summary>
internal static class TransitionReader
{
    public static TransitionSpec Read(MappingReader? owner, string key, TransitionSpec fallback)
    {
        if (owner?.Raw(key) is not { } node)
        {
            return fallback;
        }
        var context = owner.Context;
        if (node is YamlScalarNode { Value: { } kindName })
        {
            return Kind(owner, key, kindName) is { } k
                ? new TransitionSpec(k, k == TransitionKinds.Cut ? 0 : fallback.DurationSeconds, fallback.Easing)
                : fallback;
        }
        var map = MappingReader.For(context, node, $"{owner.Subject} transition");
        if (map is null)
        {
            return fallback;
        }
        var kind = map.Text("type") is { } t ? Kind(map, "type", t) : fallback.Kind;
        kind ??= fallback.Kind;
        var duration = kind == TransitionKinds.Cut ? 0 : map.PositiveNumber("duration", "seconds") ?? fallback.DurationSeconds;
        if (kind == TransitionKinds.Cut)
        {
            map.Raw("duration");
        }
        var easing = map.Choice("easing", MotionNames.Easings, "easing") ?? fallback.Easing;
        map.Finish();
        return new TransitionSpec(kind, duration, easing);
    }

    private static string? Kind(MappingReader map, string key, string name)
    {
        if (TransitionKinds.Known.Contains(name))
        {
            return name;
        }
        map.Error(key, $"unknown transition '{name}'{DidYouMean.Hint(name, TransitionKinds.Known)} (known: {string.Join(", ", TransitionKinds.Known)})");
        return null;
    }
}
