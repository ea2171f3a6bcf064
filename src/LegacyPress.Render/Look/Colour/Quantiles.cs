namespace LegacyPress.Render.Look.Colour;

/// <summary>
/// The distribution of one channel as evenly spaced quantiles (value at rank 0, 1/N, … 1), read as a monotone
/// piecewise-linear CDF and inverse CDF. Immutable.
/// </summary>
public sealed class Quantiles
{
    private readonly double[] values;

    /// <param name="values">Non-decreasing values at ranks i / (values.Length − 1).</param>
    public Quantiles(double[] values)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(values.Length, 2);
        for (var i = 1; i < values.Length; i++)
        {
            if (!(values[i] >= values[i - 1]))
            {
                throw new ArgumentException("quantiles must be finite and non-decreasing", nameof(values));
            }
        }
        this.values = values;
    }

    /// <summary>Ranks between neighbouring quantiles (the table holds Steps + 1 values).</summary>
    public int Steps => values.Length - 1;

    public double Minimum => values[0];

    public double Maximum => values[^1];

    /// <summary>The value at rank p (0..1, clamped): the inverse CDF.</summary>
    public double ValueAt(double p)
    {
        var position = Math.Clamp(p, 0, 1) * Steps;
        var i = Math.Min((int)position, Steps - 1);
        return values[i] + (position - i) * (values[i + 1] - values[i]);
    }

    /// <summary>The rank (0..1) of value x: the CDF, flat at 0 below the minimum and at 1 above the maximum.</summary>
    public double RankOf(double x)
    {
        if (x <= values[0])
        {
            return 0;
        }
        if (x >= values[^1])
        {
            return 1;
        }
        // The last index whose value is ≤ x; x < values[^1] keeps it below Steps.
        int low = 0, high = Steps;
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (values[middle] <= x)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }
        var span = values[low + 1] - values[low];
        var fraction = span > 0 ? (x - values[low]) / span : 0;
        return (low + fraction) / Steps;
    }
}
