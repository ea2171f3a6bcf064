using LegacyPress.Render.Look;

namespace LegacyPress.Render.Tests.Look;

/// <summary>
/// The look as it was first written: float per pixel, the LUT interpolated for every pixel, grain hashed for
/// every pixel. Slow (≈40 ms per 1080p frame) but obviously right, so the fast <see cref="LookProcessor"/> is
/// tested against it. It shares the pieces that define the look (LUT interpolation, vignette mask, grain noise
/// and mid-tone weighting) so the two cannot drift apart by a formula, only by how they compute.
/// </summary>
internal sealed class ReferenceLookProcessor
{
    private readonly LutTransform? lut;
    private readonly float lutStrength;
    private readonly Vignette? vignette;
    private readonly float grainPeak;
    private readonly int grainSeed;
    private readonly int barHeight;

    public ReferenceLookProcessor(int width, int height, CubeLut? lut, double lutStrength, double vignetteAmount, double grainAmount, int grainSeed, bool letterbox)
    {
        Width = width;
        Height = height;
        this.lutStrength = (float)Math.Clamp(lutStrength, 0, 1);
        this.lut = lut is null || this.lutStrength <= 0 ? null : new LutTransform(lut);
        vignette = vignetteAmount > 0 ? new Vignette(vignetteAmount, width, height) : null;
        grainPeak = FilmGrain.PeakLevels(grainAmount);
        this.grainSeed = grainSeed;
        barHeight = letterbox ? Letterbox.BarHeightPixels(width, height) : 0;
    }

    public int Width { get; }

    public int Height { get; }

    public void Apply(Span<byte> bgra, int rowBytes, int frameIndex)
    {
        for (var y = 0; y < Height; y++)
        {
            var row = bgra.Slice(y * rowBytes, Width * 4);
            if (y < barHeight || y >= Height - barHeight)
            {
                Black(row);
                continue;
            }
            GradeRow(row, y, frameIndex);
        }
    }

    private void GradeRow(Span<byte> row, int y, int frameIndex)
    {
        var gains = vignette is null ? default : vignette.Row(y);
        for (var x = 0; x < Width; x++)
        {
            var p = x * 4;
            float b = row[p], g = row[p + 1], r = row[p + 2];
            if (lut is not null)
            {
                var (lr, lg, lb) = lut.Map(row[p + 2], row[p + 1], row[p]);
                r += (lr * 255f - r) * lutStrength;
                g += (lg * 255f - g) * lutStrength;
                b += (lb * 255f - b) * lutStrength;
            }
            if (vignette is not null)
            {
                var gain = gains[x] * (1f / Vignette.Unity);
                r *= gain;
                g *= gain;
                b *= gain;
            }
            if (grainPeak > 0)
            {
                var luma = Math.Clamp((0.2126f * r + 0.7152f * g + 0.0722f * b) / 255f, 0, 1);
                var noise = FilmGrain.TriangularNoise(x, y, frameIndex, grainSeed) * grainPeak * FilmGrain.MidtoneWeight(luma);
                r += noise;
                g += noise;
                b += noise;
            }
            row[p] = ToByte(b);
            row[p + 1] = ToByte(g);
            row[p + 2] = ToByte(r);
            row[p + 3] = 255;
        }
    }

    private static void Black(Span<byte> row)
    {
        row.Clear();
        for (var p = 3; p < row.Length; p += 4)
        {
            row[p] = 255;
        }
    }

    private static byte ToByte(float v) => (byte)Math.Clamp((int)(v + 0.5f), 0, 255);
}
