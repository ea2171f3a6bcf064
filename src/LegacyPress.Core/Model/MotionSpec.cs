namespace LegacyPress.Core.Model;

/// <summary>A camera move over a still, as written in film.yaml: a preset or explicit start/end framing.</summary>
public abstract record MotionSpec(Easing Easing)
{
    public sealed record Preset(MotionPreset Kind, double Amount, Easing Easing) : MotionSpec(Easing);
    public sealed record Explicit(Framing Start, Framing End, Easing Easing) : MotionSpec(Easing);
}

/// <summary>The named camera moves.</summary>
public enum MotionPreset { Still, ZoomIn, ZoomOut, PanLeft, PanRight, PanUp, PanDown, Auto }

/// <summary>Timing curves for motion and transitions.</summary>
public enum Easing { Linear, EaseIn, EaseOut, EaseInOut }

/// <summary>
/// A view of a still: zoom relative to the frame-filling crop (1 = the whole cover crop) and the
/// normalised point of the still at the centre of the frame.
/// </summary>
public readonly record struct Framing(double Zoom, double CenterX, double CenterY);

/// <summary>YAML names of presets and easings, in one table so parsing, docs and errors agree.</summary>
public static class MotionNames
{
    public static IReadOnlyDictionary<string, MotionPreset> Presets { get; } = new Dictionary<string, MotionPreset>
    {
        ["still"] = MotionPreset.Still,
        ["zoom-in"] = MotionPreset.ZoomIn,
        ["zoom-out"] = MotionPreset.ZoomOut,
        ["pan-left"] = MotionPreset.PanLeft,
        ["pan-right"] = MotionPreset.PanRight,
        ["pan-up"] = MotionPreset.PanUp,
        ["pan-down"] = MotionPreset.PanDown,
        ["auto"] = MotionPreset.Auto,
    };

    public static IReadOnlyDictionary<string, Easing> Easings { get; } = new Dictionary<string, Easing>
    {
        ["linear"] = Easing.Linear,
        ["ease-in"] = Easing.EaseIn,
        ["ease-out"] = Easing.EaseOut,
        ["ease-in-out"] = Easing.EaseInOut,
    };
}
