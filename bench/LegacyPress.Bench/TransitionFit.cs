using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Core.Planning.Music;
using LegacyPress.Render.Composition.Transitions;
using SkiaSharp;

namespace LegacyPress.Bench;

/// <summary>
/// Where a transition's cut is in a rendered film, found from its pictures and its own shape. The film's frames give
/// the time at which half the picture's pixels have turned nearer the incoming shot (between frames, as for a
/// crossfade). The transition is then drawn again (the renderer's <see cref="TransitionTable"/>) between the frame
/// before its window and the frame after it, at every progress, which says at what progress half its pixels turn:
/// ½ for a crossfade or a wipe, later for an iris (a circle covers half a wide frame late) or a zoom whose layers
/// move. That progress, through the easing, is a point in the transition, so the cut (where the eased progress
/// passes one half, <see cref="TransitionCut"/>) is the measured time moved by the difference. A transition that
/// moves or scales its layers (a zoom, a push) is measured in the frame's centre only: the finished frames it is
/// modelled from carry the vignette, which a moved layer of the real render does not take with it.
/// </summary>
internal static class TransitionFit
{
    private const int ModelSteps = 400;

    public static double CutSeconds(List<byte[]> frames, int first, int last, string kind, Easing easing, int transitionFrames, double fps)
    {
        var transition = TransitionTable.For(kind);
        var central = MovesLayers(transition);
        var halfTurned = CutsOnBeats.HalfChanged(frames, first, last, fps, central);
        var model = ModelCurve(frames[first], frames[last], CutsOnBeats.Width, CutsOnBeats.Height, transition, central);
        var turnsAt = LinearProgressAt(easing, ProgressOfHalf(model));
        // Linear progress runs (n + 1) frames from 0 to 1 (FrameSchedule.Progress).
        return halfTurned + ((TransitionCut.Of(transitionFrames, easing).Halfway - turnsAt) * (transitionFrames + 1) / fps);
    }

    /// <summary>Whether the transition moves its layers: drawn from a picture to the same picture, it changes it.</summary>
    private static bool MovesLayers(ITransition transition)
    {
        var info = new SKImageInfo(CutsOnBeats.Width, CutsOnBeats.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var ramp = new byte[info.Width * info.Height * 3];
        for (var i = 0; i < ramp.Length; i++)
        {
            var pixel = i / 3;
            ramp[i] = (byte)((pixel % info.Width * 255 / info.Width) ^ (pixel / info.Width * 255 / info.Height * (i % 3)));
        }
        using var picture = ImageOf(ramp, info);
        using var bitmap = new SKBitmap(info);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Black);
        transition.Compose(canvas, new TransitionFrame(picture, picture, info.Size, 0.5f, Seed: 1));
        canvas.Flush();
        var drawn = bitmap.GetPixelSpan();
        var difference = 0L;
        for (int i = 0, j = 0; i < ramp.Length; i += 3, j += 4)
        {
            difference += Math.Abs(drawn[j] - ramp[i]) + Math.Abs(drawn[j + 1] - ramp[i + 1]) + Math.Abs(drawn[j + 2] - ramp[i + 2]);
        }
        return difference > ramp.Length;
    }

    /// <summary>The progress at which the model's share of incoming pixels first reaches one half, between steps.</summary>
    private static double ProgressOfHalf(double[] curve)
    {
        for (var i = 1; i < curve.Length; i++)
        {
            if (curve[i] >= 0.5)
            {
                var t = curve[i - 1] < 0.5 ? (0.5 - curve[i - 1]) / (curve[i] - curve[i - 1]) : 0;
                return (i - 1 + t) / ModelSteps;
            }
        }
        return 0.5;
    }

    /// <summary>The linear progress the easing maps to <paramref name="eased"/> (every easing is increasing: bisection).</summary>
    private static double LinearProgressAt(Easing easing, double eased)
    {
        double lo = 0, hi = 1;
        for (var i = 0; i < 50; i++)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = EasingCurves.Apply(easing, mid) < eased ? (mid, hi) : (lo, mid);
        }
        return (lo + hi) / 2;
    }

    /// <summary>The incoming share of each drawing of the transition between the two pictures, at progress 0..1.</summary>
    private static double[] ModelCurve(byte[] outgoingRgb, byte[] incomingRgb, int width, int height, ITransition transition, bool central)
    {
        var size = new SKSizeI(width, height);
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var outgoing = ImageOf(outgoingRgb, info);
        using var incoming = ImageOf(incomingRgb, info);
        using var bitmap = new SKBitmap(info);
        using var canvas = new SKCanvas(bitmap);
        var rgb = new byte[width * height * 3];
        var curve = new double[ModelSteps + 1];
        for (var step = 0; step <= ModelSteps; step++)
        {
            canvas.Clear(SKColors.Black);
            transition.Compose(canvas, new TransitionFrame(outgoing, incoming, size, (float)step / ModelSteps, Seed: 1));
            canvas.Flush();
            var rgba = bitmap.GetPixelSpan();
            for (int i = 0, j = 0; i < rgb.Length; i += 3, j += 4)
            {
                (rgb[i], rgb[i + 1], rgb[i + 2]) = (rgba[j], rgba[j + 1], rgba[j + 2]);
            }
            curve[step] = CutsOnBeats.NearerShare(rgb, outgoingRgb, incomingRgb, central);
        }
        return curve;
    }

    private static SKImage ImageOf(byte[] rgb, SKImageInfo info)
    {
        var rgba = new byte[info.Width * info.Height * 4];
        for (int i = 0, j = 0; i < rgb.Length; i += 3, j += 4)
        {
            (rgba[j], rgba[j + 1], rgba[j + 2], rgba[j + 3]) = (rgb[i], rgb[i + 1], rgb[i + 2], 255);
        }
        return SKImage.FromPixelCopy(info, rgba);
    }
}
