using LegacyPress.Render.Look.Colour;

namespace LegacyPress.Render.Tests.Look.Colour;

public sealed class SymmetricEigenTests
{
    [Fact]
    public void Random_symmetric_matrices_are_rebuilt_from_orthonormal_eigenvectors()
    {
        var random = new Random(9);
        for (var trial = 0; trial < 200; trial++)
        {
            var m = RandomSymmetric(random);

            var (values, vectors) = SymmetricEigen.Decompose(m);
            var rebuilt = vectors * Matrix3.Diagonal(values[0], values[1], values[2]) * vectors.Transpose();
            var gram = vectors.Transpose() * vectors;

            for (var r = 0; r < 3; r++)
            {
                for (var c = 0; c < 3; c++)
                {
                    Assert.Equal(m[r, c], rebuilt[r, c], 1e-9);
                    Assert.Equal(r == c ? 1 : 0, gram[r, c], 1e-12);
                }
            }
        }
    }

    [Fact]
    public void The_square_root_of_a_covariance_squares_back_to_it()
    {
        var covariance = Matrix3.FromRows(120, 30, -12, 30, 45, 8, -12, 8, 60);

        var root = covariance.ApplyToSymmetric(Math.Sqrt);
        var squared = root * root;

        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                Assert.Equal(covariance[r, c], squared[r, c], 1e-9);
            }
        }
    }

    private static Matrix3 RandomSymmetric(Random random)
    {
        double Next() => 200 * random.NextDouble() - 100;
        var (a, b, c, d, e, f) = (Next(), Next(), Next(), Next(), Next(), Next());
        return Matrix3.FromRows(a, b, c, b, d, e, c, e, f);
    }
}
