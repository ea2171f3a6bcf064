namespace LegacyPress.LutGen;

/// <summary>The shipped grades as colour functions (RGB 0..1 in and out), sampled into .cube LUTs by <see cref="Program"/>.</summary>
internal static class Grades
{
    public static IReadOnlyList<Grade> All { get; } =
    [
        new("warm-brass", "Warm brass: amber highlights, warm lifted shadows, gentle S-curve; the workshop's lamplight.", WarmBrass),
        new("cold-portal", "Cold portal: teal shadows, cool steel highlights, blues kept rich; light from the other worlds.", ColdPortal),
        new("bleach-bypass", "Bleach bypass: half the colour, harder contrast, silvery highlights; memories and endings.", BleachBypass),
    ];

    private static (float, float, float) WarmBrass(float r, float g, float b)
    {
        var luma = Luma(r, g, b);
        // Shadows toward umber, highlights toward brass gold, mid-tones nearly untouched.
        var shadow = 1 - Smoothstep(0f, 0.5f, luma);
        var highlight = Smoothstep(0.45f, 1f, luma);
        r += 0.035f * shadow + 0.06f * highlight;
        g += 0.018f * shadow + 0.025f * highlight;
        b += -0.01f * shadow - 0.07f * highlight;
        (r, g, b) = Saturate(r, g, b, 0.92f);
        return Clamp(SCurve(r, 0.18f), SCurve(g, 0.18f), SCurve(b, 0.18f));
    }

    private static (float, float, float) ColdPortal(float r, float g, float b)
    {
        var luma = Luma(r, g, b);
        var shadow = 1 - Smoothstep(0f, 0.55f, luma);
        var highlight = Smoothstep(0.5f, 1f, luma);
        // Teal in the shadows (less red, more green-blue), steel blue in the highlights.
        r += -0.045f * shadow - 0.03f * highlight;
        g += 0.012f * shadow + 0.005f * highlight;
        b += 0.05f * shadow + 0.045f * highlight;
        (r, g, b) = Saturate(r, g, b, 0.95f);
        return Clamp(SCurve(r, 0.22f), SCurve(g, 0.22f), SCurve(b, 0.22f));
    }

    private static (float, float, float) BleachBypass(float r, float g, float b)
    {
        var luma = Luma(r, g, b);
        // The silver left in the print: an overlay of luma on the half-desaturated picture.
        (r, g, b) = Saturate(r, g, b, 0.5f);
        var silver = SCurve(luma, 0.45f);
        return Clamp(Overlay(r, silver, 0.55f), Overlay(g, silver, 0.55f), Overlay(b, silver, 0.55f));
    }

    private static float Luma(float r, float g, float b) => 0.2126f * r + 0.7152f * g + 0.0722f * b;

    private static (float, float, float) Saturate(float r, float g, float b, float saturation)
    {
        var luma = Luma(r, g, b);
        return (luma + (r - luma) * saturation, luma + (g - luma) * saturation, luma + (b - luma) * saturation);
    }

    /// <summary>Contrast around mid-grey that keeps black and white where they are.</summary>
    private static float SCurve(float x, float strength)
    {
        x = Math.Clamp(x, 0, 1);
        var smooth = x * x * (3 - 2 * x);
        return x + (smooth - x) * strength;
    }

    private static float Overlay(float baseValue, float blend, float mix)
    {
        var overlay = baseValue < 0.5f ? 2 * baseValue * blend : 1 - 2 * (1 - baseValue) * (1 - blend);
        return baseValue + (overlay - baseValue) * mix;
    }

    private static float Smoothstep(float edge0, float edge1, float x)
    {
        var t = Math.Clamp((x - edge0) / (edge1 - edge0), 0, 1);
        return t * t * (3 - 2 * t);
    }

    private static (float, float, float) Clamp(float r, float g, float b) => (Math.Clamp(r, 0, 1), Math.Clamp(g, 0, 1), Math.Clamp(b, 0, 1));
}

/// <summary>A named grade and what it is for.</summary>
internal sealed record Grade(string Name, string Description, Func<float, float, float, (float, float, float)> Apply);
