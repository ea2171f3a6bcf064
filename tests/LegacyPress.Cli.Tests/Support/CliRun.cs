using SkiaSharp;

namespace LegacyPress.Cli.Tests.Support;

/// <summary>Runs the CLI in-process with captured output, and writes the small stills test projects are made of.</summary>
internal static class CliRun
{
    public static async Task<(int Exit, string Out, string Error)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A flat colour still with a white disc in the middle (so motion and framing are visible), as PNG.</summary>
    public static void WriteStill(string path, SKColor colour, int width = 320, int height = 200)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var surface = SKSurface.Create(new SKImageInfo(width, height))!;
        surface.Canvas.Clear(colour);
        using var paint = new SKPaint { Color = SKColors.White, IsAntialias = true };
        surface.Canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 5f, paint);
        using var data = surface.Snapshot().Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
