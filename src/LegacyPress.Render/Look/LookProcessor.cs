using LegacyPress.Core.Model;
using LegacyPress.Render.Encoding;

namespace LegacyPress.Render.Look;

/// <summary>
/// A film's grade applied in pixel space to BGRA frames: LUT (blended by strength), vignette, grain, then the
/// letterbox bars. Built once per render for one frame size; immutable, so frames can be graded on many threads.
/// </summary>
public sealed class LookProcessor
{
    private readonly LutTransform? lut;
    private readonly float lutStrength;
    private readonly Vignette? vignette;
    private readonly FilmGrain grain;
    private readonly int barHeight;

    public LookProcessor(int width, int height, CubeLut? lut, double lutStrength, double vignetteAmount, double grainAmount, int grainSeed, bool letterbox)
    {
        Width = width;
        Height = height;
        this.lutStrength = (float)Math.Clamp(lutStrength, 0, 1);
        this.lut = lut is null || this.lutStrength <= 0 ? null : new LutTransform(lut);
        vignette = vignetteAmount > 0 ? new Vignette(vignetteAmount, width, height) : null;
        grain = new FilmGrain(grainAmount, grainSeed);
        barHeight = letterbox ? Letterbox.BarHeightPixels(width, height) : 0;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>True when the look changes nothing, so drawers can skip the pixel pass entirely.</summary>
    public bool IsNeutral => lut is null && vignette is null && grain.IsNone && barHeight == 0;

    /// <summary>
    /// The processor for a film's <see cref="Look"/> at one frame size; the LUT path is resolved against the project.
    /// A LUT that is missing or malformed is a <see cref="RenderException"/> naming the file (and line).
    /// </summary>
    public static LookProcessor Create(Core.Model.Look look, ProjectInfo project, int width, int height)
    {
        CubeLut? lut = null;
        if (!string.IsNullOrWhiteSpace(look.LutPath))
        {
            var path = project.Resolve(look.LutPath);
            if (!File.Exists(path))
            {
                throw new RenderException($"look: the LUT '{look.LutPath}' does not exist (looked for {path}).");
            }
            try
            {
                lut = CubeLut.Load(path);
            }
            catch (CubeLutException e)
            {
                throw new RenderException($"look: the LUT {e.Message.Replace(path, look.LutPath, StringComparison.Ordinal)}", e);
            }
        }
        return new LookProcessor(width, height, lut, look.LutStrength, look.VignetteAmount, look.GrainAmount, look.GrainSeed, look.Letterbox);
    }

    /// <summary>Grades frame <paramref name="frameIndex"/> in place: BGRA bytes, Width x Height, rows <paramref name="rowBytes"/> apart.</summary>
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
            if (!grain.IsNone)
            {
                var luma = Math.Clamp((0.2126f * r + 0.7152f * g + 0.0722f * b) / 255f, 0, 1);
                var noise = grain.At(x, y, frameIndex, luma);
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
