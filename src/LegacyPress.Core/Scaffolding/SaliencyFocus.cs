using LegacyPress.Core.Model;

namespace LegacyPress.Core.Scaffolding;

/// <summary>
/// A first guess at where the subject of a still is, for the <c>focus</c> of a project made from a folder of images:
/// how far each pixel's colour stands out from the picture's mean colour in CIE Lab (frequency-tuned saliency,
/// Achanta et al. 2009), kept where it stands out more than average, weighted towards the middle where subjects
/// usually are, and the centroid of those weights.
/// Pure: the caller hands over a small upright copy of the picture (64 pixels a side is plenty; the downsampling is
/// the blur the method wants, so a single sharp pixel or film grain counts for little).
/// </summary>
public static class SaliencyFocus
{
    /// <summary>
    /// Spread of the centre bias in picture widths/heights: a pixel a third of the way out keeps 61 % of its weight,
    /// a corner 6 %. Gentle enough that a clear subject near an edge still wins, firm enough that corner noise does not.
    /// </summary>
    private const double CentreBiasSigma = 0.3;

    /// <summary>sRGB byte to linear light, computed once (it is a pure table: no state changes after start).</summary>
    private static readonly double[] Linear = Enumerable.Range(0, 256).Select(v => ToLinear(v / 255.0)).ToArray();

    /// <summary>
    /// The focus for a picture given as <paramref name="rgba"/>: 4 bytes a pixel (red, green, blue, then alpha,
    /// which is ignored: stills are drawn opaque), row by row from the top-left. A picture with nothing that stands
    /// out (one flat colour) gets the centre.
    /// </summary>
    public static FocusPoint Estimate(int width, int height, ReadOnlySpan<byte> rgba)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (rgba.Length != (long)width * height * 4)
        {
            throw new ArgumentException($"expected {width}x{height}x4 bytes, got {rgba.Length}", nameof(rgba));
        }

        var count = width * height;
        var lab = new Lab[count];
        var mean = new Lab(0, 0, 0);
        for (var i = 0; i < count; i++)
        {
            lab[i] = Lab.FromSrgb(rgba[i * 4], rgba[(i * 4) + 1], rgba[(i * 4) + 2]);
            mean += lab[i];
        }
        mean /= count;

        var contrast = new double[count];
        for (var i = 0; i < count; i++)
        {
            contrast[i] = lab[i].DistanceTo(mean);
        }
        // Only what stands out more than the picture does on average counts; otherwise a busy background would spread
        // weight everywhere and pull every guess to the middle.
        var threshold = contrast.Average();

        double sum = 0, sumX = 0, sumY = 0;
        for (var y = 0; y < height; y++)
        {
            var ny = (y + 0.5) / height;
            for (var x = 0; x < width; x++)
            {
                var excess = contrast[(y * width) + x] - threshold;
                if (excess <= 0)
                {
                    continue;
                }
                var nx = (x + 0.5) / width;
                // Squared, so a clear subject outweighs a wide, faint texture (grain, foliage) that barely passes.
                var weight = excess * excess * CentreBias(nx, ny);
                sum += weight;
                sumX += weight * nx;
                sumY += weight * ny;
            }
        }
        if (sum <= 0)
        {
            return FocusPoint.Centre;
        }
        // Two decimals: as precise as a guess deserves, and what a person writes in film.yaml.
        return new FocusPoint(Math.Round(sumX / sum, 2), Math.Round(sumY / sum, 2));
    }

    private static double CentreBias(double x, double y)
    {
        var (dx, dy) = (x - 0.5, y - 0.5);
        return Math.Exp(-((dx * dx) + (dy * dy)) / (2 * CentreBiasSigma * CentreBiasSigma));
    }

    private static double ToLinear(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);

    /// <summary>A colour in CIE L*a*b* (D65), where equal distances look about equally different.</summary>
    private readonly record struct Lab(double L, double A, double B)
    {
        private const double Epsilon = 216.0 / 24389.0;
        private const double Kappa = 24389.0 / 27.0;

        public static Lab FromSrgb(byte red, byte green, byte blue)
        {
            var (r, g, b) = (Linear[red], Linear[green], Linear[blue]);
            // sRGB primaries to XYZ, relative to the D65 white point.
            var x = ((0.4124564 * r) + (0.3575761 * g) + (0.1804375 * b)) / 0.95047;
            var y = (0.2126729 * r) + (0.7151522 * g) + (0.0721750 * b);
            var z = ((0.0193339 * r) + (0.1191920 * g) + (0.9503041 * b)) / 1.08883;
            var (fx, fy, fz) = (F(x), F(y), F(z));
            return new Lab((116 * fy) - 16, 500 * (fx - fy), 200 * (fy - fz));
        }

        public double DistanceTo(Lab other)
        {
            var (dl, da, db) = (L - other.L, A - other.A, B - other.B);
            return Math.Sqrt((dl * dl) + (da * da) + (db * db));
        }

        public static Lab operator +(Lab p, Lab q) => new(p.L + q.L, p.A + q.A, p.B + q.B);

        public static Lab operator /(Lab p, double d) => new(p.L / d, p.A / d, p.B / d);

        private static double F(double t) => t > Epsilon ? Math.Cbrt(t) : ((Kappa * t) + 16) / 116;
    }
}
