using LegacyPress.Core.Model;

namespace LegacyPress.Core.Planning;

/// <summary>Maps linear progress 0..1 to eased progress 0..1.</summary>
public static class EasingCurves
{
    public static double Apply(Easing easing, double t)
    {
        t = Math.Clamp(t, 0, 1);
        return easing switch
        {
            Easing.Linear => t,
            Easing.EaseIn => t * t,
            Easing.EaseOut => 1 - (1 - t) * (1 - t),
            // Smoothstep: zero velocity at both ends, so a move starts and settles without a jolt.
            Easing.EaseInOut => t * t * (3 - 2 * t),
            _ => t,
        };
    }

    /// <summary>The linear progress at which <paramref name="easing"/> passes one half: where a transition's picture turns.</summary>
    public static double Halfway(Easing easing) => easing switch
    {
        Easing.EaseIn => Math.Sqrt(0.5),
        Easing.EaseOut => 1 - Math.Sqrt(0.5),
        _ => 0.5,
    };
}
