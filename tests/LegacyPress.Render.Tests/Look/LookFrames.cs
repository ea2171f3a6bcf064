using LegacyPress.Core.Loading;
using LegacyPress.Render.Look;
using LegacyPress.Render.Media;
using LegacyPress.TestSupport;

namespace LegacyPress.Render.Tests.Look;

/// <summary>BGRA test frames for the look, and the sample film's own look settings.</summary>
internal static class LookFrames
{
    private static readonly Lazy<(Core.Model.Look Look, CubeLut Lut)> Sample = new(() =>
    {
        var loaded = new FilmLoader(new MediaInspector()).Load(Path.Combine(RepositoryFiles.Root, "samples", "legacy"));
        var film = loaded.Film ?? throw new InvalidOperationException(string.Join("\n", loaded.Diagnostics));
        var lutPath = film.Look.LutPath ?? throw new InvalidOperationException("the sample film has no look.lut");
        return (film.Look, CubeLut.Load(film.Project.Resolve(lutPath)));
    });

    /// <summary>The sample film's look (samples/legacy/film.yaml).</summary>
    public static Core.Model.Look SampleLook => Sample.Value.Look;

    /// <summary>The LUT the sample film's look.lut names.</summary>
    public static CubeLut SampleLut => Sample.Value.Lut;

    public static byte[] Grey(int width, int height, byte level)
    {
        var pixels = new byte[width * height * 4];
        for (var i = 0; i < pixels.Length; i += 4)
        {
            (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]) = (level, level, level, 255);
        }
        return pixels;
    }

    public static byte[] Random(int width, int height, int seed)
    {
        var pixels = new byte[width * height * 4];
        new Random(seed).NextBytes(pixels);
        for (var i = 3; i < pixels.Length; i += 4)
        {
            pixels[i] = 255;
        }
        return pixels;
    }

    /// <summary>
    /// Smooth gradients (red across, green down, blue along the diagonal) with noise on top, and a band of fully
    /// random pixels: every kind of neighbourhood a graded frame has, and colours from the whole cube.
    /// </summary>
    public static byte[] Varied(int width, int height, int seed)
    {
        var random = new Random(seed);
        var pixels = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var p = (y * width + x) * 4;
                if (y % 64 < 8)
                {
                    (pixels[p], pixels[p + 1], pixels[p + 2]) = ((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
                }
                else
                {
                    var noise = random.Next(-24, 25);
                    pixels[p] = Level(255.0 * (x + y) / (width + height) + noise);
                    pixels[p + 1] = Level(255.0 * y / height + noise / 2);
                    pixels[p + 2] = Level(255.0 * x / width - noise);
                }
                pixels[p + 3] = 255;
            }
        }
        return pixels;
    }

    private static byte Level(double v) => (byte)Math.Clamp((int)Math.Round(v), 0, 255);
}
