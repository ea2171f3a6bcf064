using System.Globalization;
using System.Text;
using SkiaSharp;

namespace LegacyPress.TestSupport;

/// <summary>
/// A generated film project of the size issues 3, 8 and 20 measure against: 60 seeded JPEG stills (4000x3000 unless
/// asked smaller; gradients and shapes, so the encoder has edges to work on), 60 shots of 3 s (unless asked shorter),
/// hard cuts except a few transitions, no cards, narration or music — the picture alone. <see cref="WriteYaml"/> can
/// rewrite film.yaml with one shot's motion changed, the edit the incremental bench re-renders.
/// </summary>
public sealed class SyntheticFilm
{
    public const int ShotCount = 60;
    public const double DefaultShotSeconds = 3;
    private readonly int stillWidth, stillHeight;

    // Every seventh shot hands over with a real transition; the rest cut, so the film stays 3 minutes long
    // and the segment planner has cuts to split at.
    private static readonly string[] Transitions = ["crossfade", "dip-to-black", "wipe-left", "iris", "push-right", "film-burn", "clock-wipe", "zoom-through"];
    private static readonly string[] Motions = ["zoom-in", "pan-right", "zoom-out", "pan-left", "pan-up", "pan-down"];

    public SyntheticFilm(string folder, double shotSeconds = DefaultShotSeconds, int stillWidth = 4000, int stillHeight = 3000)
    {
        Folder = folder;
        ShotSeconds = shotSeconds;
        this.stillWidth = stillWidth;
        this.stillHeight = stillHeight;
        Directory.CreateDirectory(Path.Combine(folder, "images"));
    }

    public string Folder { get; }

    public double ShotSeconds { get; }

    /// <summary>The shot in the middle of the film, the one <see cref="WriteYaml"/> can change.</summary>
    public static int MiddleShot => ShotCount / 2;

    /// <summary>Draws the stills on all cores (seeded: the same bytes every run).</summary>
    public void DrawStills() =>
        Parallel.For(0, ShotCount, i => DrawStill(i, Path.Combine(Folder, "images", StillName(i))));

    /// <summary>Writes film.yaml; with <paramref name="changedShot"/> that shot gets a different move.</summary>
    public void WriteYaml(int? changedShot = null)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("schema: 1");
        yaml.AppendLine("title: Incremental bench");
        yaml.AppendLine("output: { preset: preview, fps: 30 }");
        yaml.AppendLine("look: { grain: 0.1, vignette: 0.3 }");
        yaml.AppendLine("cards: { opening: false, acts: false, credits: false }");
        yaml.AppendLine("acts:");
        yaml.AppendLine("  - title: Synthetic");
        yaml.AppendLine("    shots:");
        for (var i = 0; i < ShotCount; i++)
        {
            var motion = i == changedShot ? "{ preset: zoom-out, amount: 0.3, easing: linear }" : Motions[i % Motions.Length];
            var transition = i % 7 == 6 ? Transitions[i / 7 % Transitions.Length] : "cut";
            yaml.AppendLine(CultureInfo.InvariantCulture, $"      - id: shot-{i:00}");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"        image: images/{StillName(i)}");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"        duration: {ShotSeconds.ToString(CultureInfo.InvariantCulture)}");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"        motion: {motion}");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"        transition: {transition}");
        }
        File.WriteAllText(Path.Combine(Folder, "film.yaml"), yaml.ToString());
    }

    private static string StillName(int shot) => $"still-{shot:00}.jpg";

    private void DrawStill(int seed, string path)
    {
        var random = new Random(seed);
        SKColor Colour() => new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
        using var surface = SKSurface.Create(new SKImageInfo(stillWidth, stillHeight, SKColorType.Rgba8888, SKAlphaType.Premul))!;
        var canvas = surface.Canvas;
        using (var sky = new SKPaint())
        {
            sky.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(stillWidth * 0.3f, stillHeight), [Colour(), Colour(), Colour()], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, stillWidth, stillHeight, sky);
        }
        using var paint = new SKPaint { IsAntialias = true };
        for (var k = 0; k < 80; k++)
        {
            paint.Color = Colour().WithAlpha((byte)random.Next(90, 255));
            paint.Style = k % 3 == 0 ? SKPaintStyle.Stroke : SKPaintStyle.Fill;
            paint.StrokeWidth = random.Next(1 + stillWidth / 1000, stillWidth / 100);
            float x = random.Next(stillWidth), y = random.Next(stillHeight), size = random.Next(stillWidth / 100, stillWidth / 6);
            if (k % 2 == 0)
            {
                canvas.DrawCircle(x, y, size / 2, paint);
            }
            else
            {
                canvas.DrawRect(x, y, size, size * (float)(0.3 + random.NextDouble()), paint);
            }
        }
        using var image = surface.Snapshot();
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 88);
        using var file = File.Create(path);
        jpeg.SaveTo(file);
    }
}
