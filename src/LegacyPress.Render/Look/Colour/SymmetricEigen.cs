namespace LegacyPress.Render.Look.Colour;

/// <summary>
/// Eigenvalues and eigenvectors of a symmetric 3x3 matrix by cyclic Jacobi rotations. Written by hand because
/// LegacyPress.Render references no linear-algebra package (MathNet.Numerics is in no project of the solution), and for
/// 3x3 Jacobi is short, unconditionally stable and accurate to rounding.
/// </summary>
public static class SymmetricEigen
{
    private const int MaximumSweeps = 50;

    /// <summary>
    /// The eigenvalues (in no particular order) and the matrix whose column i is the unit eigenvector of value i, so
    /// that the input equals V·diag(values)·Vᵀ. Only the upper triangle of the input is read.
    /// </summary>
    public static (double[] Values, Matrix3 Vectors) Decompose(Matrix3 symmetric)
    {
        var a = new double[3, 3];
        for (var r = 0; r < 3; r++)
        {
            for (var c = r; c < 3; c++)
            {
                a[r, c] = a[c, r] = symmetric[r, c];
            }
        }
        var v = new double[3, 3] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };

        for (var sweep = 0; sweep < MaximumSweeps; sweep++)
        {
            var offDiagonal = Math.Abs(a[0, 1]) + Math.Abs(a[0, 2]) + Math.Abs(a[1, 2]);
            var scale = Math.Abs(a[0, 0]) + Math.Abs(a[1, 1]) + Math.Abs(a[2, 2]);
            if (offDiagonal <= 1e-15 * scale || offDiagonal == 0)
            {
                break;
            }
            Rotate(a, v, 0, 1);
            Rotate(a, v, 0, 2);
            Rotate(a, v, 1, 2);
        }

        return (
            new[] { a[0, 0], a[1, 1], a[2, 2] },
            Matrix3.FromRows(v[0, 0], v[0, 1], v[0, 2], v[1, 0], v[1, 1], v[1, 2], v[2, 0], v[2, 1], v[2, 2]));
    }

    // One Jacobi rotation in the (p, q) plane that zeroes a[p, q] (Numerical Recipes' stable form of the angle).
    private static void Rotate(double[,] a, double[,] v, int p, int q)
    {
        if (a[p, q] == 0)
        {
            return;
        }
        var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
        var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
        var c = 1 / Math.Sqrt(t * t + 1);
        var s = t * c;
        for (var k = 0; k < 3; k++)
        {
            var akp = a[k, p];
            var akq = a[k, q];
            a[k, p] = c * akp - s * akq;
            a[k, q] = s * akp + c * akq;
        }
        for (var k = 0; k < 3; k++)
        {
            var apk = a[p, k];
            var aqk = a[q, k];
            a[p, k] = c * apk - s * aqk;
            a[q, k] = s * apk + c * aqk;
        }
        for (var k = 0; k < 3; k++)
        {
            var vkp = v[k, p];
            var vkq = v[k, q];
            v[k, p] = c * vkp - s * vkq;
            v[k, q] = s * vkp + c * vkq;
        }
    }
}
