namespace LegacyPress.Render.Look.Colour;

/// <summary>An immutable 3x3 matrix of doubles, for colour-space matrices and Lab covariances.</summary>
public sealed class Matrix3
{
    private readonly double[] m;

    private Matrix3(double[] rowMajor) => m = rowMajor;

    public static Matrix3 Identity { get; } = Diagonal(1, 1, 1);

    public double this[int row, int column] => m[3 * row + column];

    public static Matrix3 FromRows(double m00, double m01, double m02, double m10, double m11, double m12, double m20, double m21, double m22) =>
        new([m00, m01, m02, m10, m11, m12, m20, m21, m22]);

    public static Matrix3 Diagonal(double d0, double d1, double d2) => FromRows(d0, 0, 0, 0, d1, 0, 0, 0, d2);

    /// <summary>The matrix whose columns are the three vectors given.</summary>
    public static Matrix3 FromColumns((double X, double Y, double Z) c0, (double X, double Y, double Z) c1, (double X, double Y, double Z) c2) =>
        FromRows(c0.X, c1.X, c2.X, c0.Y, c1.Y, c2.Y, c0.Z, c1.Z, c2.Z);

    public Matrix3 Transpose() => FromRows(m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]);

    public static Matrix3 operator *(Matrix3 x, Matrix3 y)
    {
        var product = new double[9];
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                product[3 * r + c] = x[r, 0] * y[0, c] + x[r, 1] * y[1, c] + x[r, 2] * y[2, c];
            }
        }
        return new Matrix3(product);
    }

    /// <summary>This matrix times the column vector (x, y, z).</summary>
    public (double X, double Y, double Z) Transform(double x, double y, double z) =>
        (m[0] * x + m[1] * y + m[2] * z, m[3] * x + m[4] * y + m[5] * z, m[6] * x + m[7] * y + m[8] * z);

    public double Determinant() =>
        m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);

    /// <summary>The inverse by cofactors; throws for a singular matrix.</summary>
    public Matrix3 Inverse()
    {
        var determinant = Determinant();
        if (Math.Abs(determinant) < 1e-300)
        {
            throw new InvalidOperationException("the matrix is singular");
        }
        var k = 1 / determinant;
        return FromRows(
            k * (m[4] * m[8] - m[5] * m[7]), k * (m[2] * m[7] - m[1] * m[8]), k * (m[1] * m[5] - m[2] * m[4]),
            k * (m[5] * m[6] - m[3] * m[8]), k * (m[0] * m[8] - m[2] * m[6]), k * (m[2] * m[3] - m[0] * m[5]),
            k * (m[3] * m[7] - m[4] * m[6]), k * (m[1] * m[6] - m[0] * m[7]), k * (m[0] * m[4] - m[1] * m[3]));
    }

    /// <summary>
    /// f applied to a symmetric matrix through its eigen-decomposition, V·diag(f(λ))·Vᵀ (a square root, an inverse
    /// square root). Only the upper triangle is read.
    /// </summary>
    public Matrix3 ApplyToSymmetric(Func<double, double> f)
    {
        var (values, vectors) = SymmetricEigen.Decompose(this);
        return vectors * Diagonal(f(values[0]), f(values[1]), f(values[2])) * vectors.Transpose();
    }

    public override string ToString() =>
        FormattableString.Invariant($"[[{m[0]:G6}, {m[1]:G6}, {m[2]:G6}], [{m[3]:G6}, {m[4]:G6}, {m[5]:G6}], [{m[6]:G6}, {m[7]:G6}, {m[8]:G6}]]");
}
