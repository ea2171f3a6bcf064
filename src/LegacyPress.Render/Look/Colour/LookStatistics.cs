namespace LegacyPress.Render.Look.Colour;

/// <summary>
/// The measurable look of an image, every pixel weighted equally: Lab mean, spread and covariance, lightness range,
/// white point, palette, and the lαβ means, spreads and quantiles. What colour transfers are built from and look
/// distances compare.
/// </summary>
public sealed class LookStatistics
{
    /// <summary>64x64: below this a palette and percentiles are noise.</summary>
    public const int MinimumPixels = 64 * 64;

    /// <summary>Rank steps of <see cref="LQuantiles"/> and of the <see cref="Lalphabeta"/> quantiles.</summary>
    public const int QuantileSteps = 1024;

    // Below half a just-noticeable difference of total spread the image is one colour (plus 8-bit rounding).
    private const double FlatSpread = 0.5;

    // The white point averages the brightest 2% of pixels by L*, so a few specular pixels cannot decide it.
    private const double WhitePointShare = 0.02;

    private LookStatistics()
    {
    }

    public int PixelCount { get; private init; }

    public Lab Mean { get; private init; }

    public ChannelSpread StandardDeviation { get; private init; }

    /// <summary>The population covariance of (L*, a*, b*), rows and columns in that order.</summary>
    public Matrix3 Covariance { get; private init; } = Matrix3.Identity;

    /// <summary>L* below which 5% of pixels lie.</summary>
    public double LightnessP5 { get; private init; }

    /// <summary>L* below which 95% of pixels lie.</summary>
    public double LightnessP95 { get; private init; }

    /// <summary>The lightness range P95 − P5, in L* units.</summary>
    public double Contrast => LightnessP95 - LightnessP5;

    /// <summary>The mean Lab colour of the brightest 2% of pixels by L*.</summary>
    public Lab WhitePoint { get; private init; }

    public Palette Palette { get; private init; } = null!;

    /// <summary>The distribution of L*.</summary>
    public Quantiles LQuantiles { get; private init; } = null!;

    /// <summary>Mean, spread and quantiles of each lαβ channel, for the transfers that work there.</summary>
    public LalphabetaStatistics Lalphabeta { get; private init; } = null!;

    /// <summary>Measures a BGRA 8888 image (alpha ignored).</summary>
    /// <exception cref="LookAnalysisException">Too few pixels, or a single flat colour.</exception>
    public static LookStatistics Measure(ReadOnlySpan<byte> bgra)
    {
        if (bgra.Length % 4 != 0)
        {
            throw new ArgumentException($"BGRA pixels take 4 bytes each; got {bgra.Length} bytes", nameof(bgra));
        }
        var pixelCount = bgra.Length / 4;
        if (pixelCount < MinimumPixels)
        {
            throw new LookAnalysisException(LookAnalysisProblem.TooFewPixels,
                $"the image has {pixelCount} pixels; measuring a look needs at least {MinimumPixels} (64x64)");
        }

        var lightness = ChannelHistogram.ForLightness();
        var (logL, alpha, beta) = (ChannelHistogram.ForLogLightness(), ChannelHistogram.ForAlpha(), ChannelHistogram.ForBeta());
        var colours = new ColourHistogram();
        // Lab sums per L* bin, so the white point needs no second pass over the pixels.
        var labSumsByLightness = new double[3 * lightness.Bins];
        // Moments are summed relative to the first pixel so that the covariance of a nearly flat image does not
        // vanish in the cancellation of two large sums.
        var origin = Cielab.FromSrgb(bgra[2], bgra[1], bgra[0]);
        var originLalphabeta = LogLms.FromLinear(SrgbCurve.ToLinear(bgra[2]), SrgbCurve.ToLinear(bgra[1]), SrgbCurve.ToLinear(bgra[0]));
        double sL = 0, sA = 0, sB = 0, sLL = 0, sLA = 0, sLB = 0, sAA = 0, sAB = 0, sBB = 0;
        double sLog = 0, sAlpha = 0, sBeta = 0, sLogLog = 0, sAlphaAlpha = 0, sBetaBeta = 0;
        for (var i = 0; i < bgra.Length; i += 4)
        {
            var (b, g, r) = (bgra[i], bgra[i + 1], bgra[i + 2]);
            var (linearR, linearG, linearB) = (SrgbCurve.ToLinear(r), SrgbCurve.ToLinear(g), SrgbCurve.ToLinear(b));
            var lab = Cielab.FromLinearSrgb(linearR, linearG, linearB);
            var lalphabeta = LogLms.FromLinear(linearR, linearG, linearB);
            double dL = lab.L - origin.L, dA = lab.A - origin.A, dB = lab.B - origin.B;
            sL += dL;
            sA += dA;
            sB += dB;
            sLL += dL * dL;
            sLA += dL * dA;
            sLB += dL * dB;
            sAA += dA * dA;
            sAB += dA * dB;
            sBB += dB * dB;
            var lightnessBin = lightness.Add(lab.L);
            labSumsByLightness[3 * lightnessBin] += lab.L;
            labSumsByLightness[3 * lightnessBin + 1] += lab.A;
            labSumsByLightness[3 * lightnessBin + 2] += lab.B;
            double dLog = lalphabeta.L - originLalphabeta.L, dAlpha = lalphabeta.Alpha - originLalphabeta.Alpha, dBeta = lalphabeta.Beta - originLalphabeta.Beta;
            sLog += dLog;
            sAlpha += dAlpha;
            sBeta += dBeta;
            sLogLog += dLog * dLog;
            sAlphaAlpha += dAlpha * dAlpha;
            sBetaBeta += dBeta * dBeta;
            logL.Add(lalphabeta.L);
            alpha.Add(lalphabeta.Alpha);
            beta.Add(lalphabeta.Beta);
            colours.Add(r, g, b, lab);
        }

        double n = pixelCount;
        var mean = new Lab(origin.L + sL / n, origin.A + sA / n, origin.B + sB / n);
        double Variance(double sXX, double sX) => Math.Max(0, sXX / n - sX / n * (sX / n));
        double CovarianceOf(double sXY, double sX, double sY) => sXY / n - sX / n * (sY / n);
        var (vL, vA, vB) = (Variance(sLL, sL), Variance(sAA, sA), Variance(sBB, sB));
        if (Math.Sqrt(vL + vA + vB) < FlatSpread)
        {
            throw new LookAnalysisException(LookAnalysisProblem.SingleColour,
                "the image is a single flat colour; there is no look to measure");
        }
        var (cLA, cLB, cAB) = (CovarianceOf(sLA, sL, sA), CovarianceOf(sLB, sL, sB), CovarianceOf(sAB, sA, sB));

        var lQuantiles = lightness.ToQuantiles(QuantileSteps);
        return new LookStatistics
        {
            PixelCount = pixelCount,
            Mean = mean,
            StandardDeviation = new ChannelSpread(Math.Sqrt(vL), Math.Sqrt(vA), Math.Sqrt(vB)),
            Covariance = Matrix3.FromRows(vL, cLA, cLB, cLA, vA, cAB, cLB, cAB, vB),
            LightnessP5 = lQuantiles.ValueAt(0.05),
            LightnessP95 = lQuantiles.ValueAt(0.95),
            WhitePoint = BrightestMean(lightness, labSumsByLightness, WhitePointShare * n),
            Palette = Palette.Cluster(colours),
            LQuantiles = lQuantiles,
            Lalphabeta = new LalphabetaStatistics(
                new Lalphabeta(originLalphabeta.L + sLog / n, originLalphabeta.Alpha + sAlpha / n, originLalphabeta.Beta + sBeta / n),
                new Lalphabeta(Math.Sqrt(Variance(sLogLog, sLog)), Math.Sqrt(Variance(sAlphaAlpha, sAlpha)), Math.Sqrt(Variance(sBetaBeta, sBeta))),
                logL.ToQuantiles(QuantileSteps),
                alpha.ToQuantiles(QuantileSteps),
                beta.ToQuantiles(QuantileSteps)),
        };
    }

    // The mean Lab of the `share` brightest pixels: bins above the one the cut falls in count whole, the cut bin counts
    // for the fraction still needed (at its pixels' mean colour).
    private static Lab BrightestMean(ChannelHistogram lightness, double[] labSums, double share)
    {
        double l = 0, a = 0, b = 0, taken = 0;
        for (var bin = lightness.Bins - 1; bin >= 0 && taken < share; bin--)
        {
            var count = lightness.CountIn(bin);
            if (count == 0)
            {
                continue;
            }
            var part = Math.Min(1, (share - taken) / count);
            l += part * labSums[3 * bin];
            a += part * labSums[3 * bin + 1];
            b += part * labSums[3 * bin + 2];
            taken += part * count;
        }
        return new Lab(l / taken, a / taken, b / taken);
    }
}
