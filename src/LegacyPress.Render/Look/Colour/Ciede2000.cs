namespace LegacyPress.Render.Look.Colour;

/// <summary>
/// The CIEDE2000 colour difference ΔE00 (kL = kC = kH = 1), step for step as in Sharma, Wu &amp; Dalal (2005), "The
/// CIEDE2000 color-difference formula: implementation notes, supplementary test data, and mathematical observations".
/// About 1 is a just-noticeable difference.
/// </summary>
public static class Ciede2000
{
    private const double Pow25To7 = 6103515625.0; // 25⁷

    public static double Delta(Lab x, Lab y)
    {
        // Step 1: a* is stretched so neutral colours get more chroma (G), then C' and h' in degrees 0..360.
        var cBar = (Math.Sqrt(x.A * x.A + x.B * x.B) + Math.Sqrt(y.A * y.A + y.B * y.B)) / 2;
        var cBar7 = Math.Pow(cBar, 7);
        var g = 0.5 * (1 - Math.Sqrt(cBar7 / (cBar7 + Pow25To7)));
        var a1 = (1 + g) * x.A;
        var a2 = (1 + g) * y.A;
        var c1 = Math.Sqrt(a1 * a1 + x.B * x.B);
        var c2 = Math.Sqrt(a2 * a2 + y.B * y.B);
        var h1 = HueDegrees(x.B, a1);
        var h2 = HueDegrees(y.B, a2);

        // Step 2: the differences. A hue difference is undefined, and taken as 0, when either colour is neutral.
        var deltaL = y.L - x.L;
        var deltaC = c2 - c1;
        var neutral = c1 * c2 == 0;
        var deltaH = neutral ? 0 : h2 - h1;
        if (deltaH > 180)
        {
            deltaH -= 360;
        }
        else if (deltaH < -180)
        {
            deltaH += 360;
        }
        var deltaBigH = 2 * Math.Sqrt(c1 * c2) * Math.Sin(Radians(deltaH / 2));

        // Step 3: the weighting functions at the mean colour; the mean hue goes the short way round the circle.
        var lBar = (x.L + y.L) / 2;
        var cBarPrime = (c1 + c2) / 2;
        var hBar = neutral ? h1 + h2
            : Math.Abs(h1 - h2) <= 180 ? (h1 + h2) / 2
            : h1 + h2 < 360 ? (h1 + h2 + 360) / 2
            : (h1 + h2 - 360) / 2;
        var t = 1
            - 0.17 * Math.Cos(Radians(hBar - 30))
            + 0.24 * Math.Cos(Radians(2 * hBar))
            + 0.32 * Math.Cos(Radians(3 * hBar + 6))
            - 0.20 * Math.Cos(Radians(4 * hBar - 63));
        var deltaTheta = 30 * Math.Exp(-Math.Pow((hBar - 275) / 25, 2));
        var cBarPrime7 = Math.Pow(cBarPrime, 7);
        var rC = 2 * Math.Sqrt(cBarPrime7 / (cBarPrime7 + Pow25To7));
        var lFromMid = (lBar - 50) * (lBar - 50);
        var sL = 1 + 0.015 * lFromMid / Math.Sqrt(20 + lFromMid);
        var sC = 1 + 0.045 * cBarPrime;
        var sH = 1 + 0.015 * cBarPrime * t;
        var rT = -Math.Sin(Radians(2 * deltaTheta)) * rC;

        var l = deltaL / sL;
        var c = deltaC / sC;
        var h = deltaBigH / sH;
        return Math.Sqrt(l * l + c * c + h * h + rT * c * h);
    }

    private static double HueDegrees(double b, double aPrime)
    {
        if (b == 0 && aPrime == 0)
        {
            return 0;
        }
        var degrees = Math.Atan2(b, aPrime) * 180 / Math.PI;
        return degrees < 0 ? degrees + 360 : degrees;
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
