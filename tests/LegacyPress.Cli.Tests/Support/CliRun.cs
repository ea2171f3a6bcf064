using LegacyPress.TestSupport;
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

    /// <summary>A flat colour still with a white disc (in the middle unless <paramref name="disc"/> places it), as PNG.</summary>
    public static void WriteStill(string path, SKColor colour, int width = 320, int height = 200, (double X, double Y)? disc = null) => TestStills.Write(path, colour, width, height, disc);
}
