namespace LegacyPress.Render.Tests.Audio;

public class FftTests
{
    [Fact]
    public void Fft_puts_a_pure_tone_in_its_bin()
    {
        const int n = 1024;
        var real = Enumerable.Range(0, n).Select(i => Math.Cos(2 * Math.PI * 37 * i / n)).ToArray();
        var imaginary = new double[n];

        Fft.Transform(real, imaginary);

        var magnitudes = real.Zip(imaginary, (re, im) => Math.Sqrt((re * re) + (im * im))).ToArray();
        Assert.Equal(n / 2.0, magnitudes[37], 6);
        Assert.Equal(n / 2.0, magnitudes[n - 37], 6);
        Assert.True(magnitudes.Where((_, bin) => bin != 37 && bin != n - 37).All(m => m < 1e-6));
    }
}
