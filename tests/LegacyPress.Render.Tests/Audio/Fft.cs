namespace LegacyPress.Render.Tests.Audio;

/// <summary>An in-place iterative radix-2 FFT, just enough to measure spectra in tests.</summary>
internal static class Fft
{
    public static void Transform(double[] real, double[] imaginary)
    {
        int n = real.Length;
        if (n != imaginary.Length || (n & (n - 1)) != 0)
        {
            throw new ArgumentException("FFT length must be a power of two and both parts the same length.");
        }

        for (int i = 1, j = 0; i < n; i++)
        {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1)
            {
                j ^= bit;
            }

            j ^= bit;
            if (i < j)
            {
                (real[i], real[j]) = (real[j], real[i]);
                (imaginary[i], imaginary[j]) = (imaginary[j], imaginary[i]);
            }
        }

        for (int size = 2; size <= n; size <<= 1)
        {
            double angle = -2 * Math.PI / size;
            double stepRe = Math.Cos(angle);
            double stepIm = Math.Sin(angle);
            for (int start = 0; start < n; start += size)
            {
                double wRe = 1;
                double wIm = 0;
                for (int k = 0; k < size / 2; k++)
                {
                    int a = start + k;
                    int b = a + (size / 2);
                    double tRe = (real[b] * wRe) - (imaginary[b] * wIm);
                    double tIm = (real[b] * wIm) + (imaginary[b] * wRe);
                    real[b] = real[a] - tRe;
                    imaginary[b] = imaginary[a] - tIm;
                    real[a] += tRe;
                    imaginary[a] += tIm;
                    double nextRe = (wRe * stepRe) - (wIm * stepIm);
                    wIm = (wRe * stepIm) + (wIm * stepRe);
                    wRe = nextRe;
                }
            }
        }
    }
}
