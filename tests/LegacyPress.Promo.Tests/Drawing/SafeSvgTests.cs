using System.Net;
using System.Net.Sockets;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Tests.Support;
using SkiaSharp;
using Svg.Skia;
using LegacyPress.TestSupport;

namespace LegacyPress.Promo.Tests.Drawing;

/// <summary>
/// An SVG logo draws only what it holds: an image it points at on the web is never requested, one on disk is never
/// read, and check names each such reference. Proved with a listener on 127.0.0.1 and with the pixels drawn.
/// </summary>
public sealed class SafeSvgTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private int requests;

    public SafeSvgTests()
    {
        listener.Start();
        _ = AnswerAsync();
    }

    public void Dispose()
    {
        listener.Stop();
        folder.Dispose();
    }

    private int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    // Any connection counts as a request; each is answered with a red PNG so a loaded image would show.
    private async Task AnswerAsync()
    {
        var png = RedPng();
        try
        {
            while (true)
            {
                using var client = await listener.AcceptTcpClientAsync();
                Interlocked.Increment(ref requests);
                var stream = client.GetStream();
                var buffer = new byte[4096];
                _ = await stream.ReadAsync(buffer);
                var header = System.Text.Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: {png.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(header);
                await stream.WriteAsync(png);
            }
        }
        catch (Exception e) when (e is ObjectDisposedException or SocketException or IOException)
        {
        }
    }

    private static byte[] RedPng()
    {
        using var bitmap = new SKBitmap(8, 8);
        bitmap.Erase(SKColors.Red);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private string Svg(string body)
    {
        var path = folder.File("logo.svg");
        File.WriteAllText(path, $"""
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100" viewBox="0 0 100 100">
              <rect x="0" y="0" width="100" height="100" fill="#0000ff"/>
              {body}
            </svg>
            """);
        return path;
    }

    private static SKColor Centre(string svgPath)
    {
        using var surface = SKSurface.Create(new SKImageInfo(100, 100));
        surface.Canvas.Clear(SKColors.White);
        VectorArt.DrawContained(surface.Canvas, svgPath, new PixelRect(0, 0, 100, 100), 1, null!);
        using var image = surface.Snapshot();
        using var bitmap = SKBitmap.FromImage(image);
        return bitmap.GetPixel(50, 50);
    }

    [Fact]
    public void Unguarded_svg_skia_does_fetch_an_http_image_which_is_why_logos_are_cleaned()
    {
        var path = Svg($"""<image x="0" y="0" width="100" height="100" href="http://127.0.0.1:{Port}/logo.png"/>""");

        using var svg = new SKSvg();
        svg.Load(path);

        Assert.True(Volatile.Read(ref requests) > 0, "Svg.Skia made no request; if it stopped fetching, SafeSvg is belt and braces");
    }

    [Theory]
    [InlineData("<image x=\"0\" y=\"0\" width=\"100\" height=\"100\" href=\"http://127.0.0.1:{0}/a.png\"/>")]
    [InlineData("<image x=\"0\" y=\"0\" width=\"100\" height=\"100\" xlink:href=\"http://127.0.0.1:{0}/a.png\"/>")]
    [InlineData("<use href=\"http://127.0.0.1:{0}/sprite.svg#mark\"/>")]
    [InlineData("<style>@import url(http://127.0.0.1:{0}/evil.css); rect {{ fill: blue }}</style>")]
    [InlineData("<rect width=\"100\" height=\"100\" fill=\"url(http://127.0.0.1:{0}/p.svg#g)\"/>")]
    public void Drawing_a_logo_makes_no_request(string body)
    {
        var path = Svg(string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Port));

        var centre = Centre(path);
        Thread.Sleep(200);

        Assert.Equal(0, Volatile.Read(ref requests));
        Assert.NotEqual(SKColors.Red, centre);
        Assert.NotEmpty(SafeSvg.Removed(path));
    }

    [Fact]
    public void Drawing_a_logo_does_not_read_a_file_it_points_at()
    {
        var secret = folder.File("secret.png");
        File.WriteAllBytes(secret, RedPng());
        var path = Svg($"""<image x="0" y="0" width="100" height="100" href="file://{secret}"/><image x="0" y="0" width="100" height="100" href="secret.png"/>""");

        var centre = Centre(path);

        Assert.Equal(SKColors.Blue, centre);
        var references = SafeSvg.Removed(path);
        Assert.Equal(2, references.Count);
        Assert.All(references, r => Assert.Equal(3, r.Line));
        Assert.Contains("<image href=\"file://", references[0].Description);
    }

    [Fact]
    public void An_embedded_data_image_and_fragment_references_are_kept()
    {
        var data = "data:image/png;base64," + Convert.ToBase64String(RedPng());
        var path = Svg($"""<defs><rect id="r" width="10" height="10"/></defs><use href="#r"/><image x="0" y="0" width="100" height="100" href="{data}"/>""");

        Assert.Empty(SafeSvg.Removed(path));
        Assert.Equal(SKColors.Red, Centre(path));
    }

    [Fact]
    public void An_embedded_image_claiming_60000_square_is_removed_before_svg_skia_decodes_it()
    {
        LegacyPress.TestSupport.PngFiles.WriteHeaderOnly(folder.File("huge.png"), 60_000, 60_000);
        var data = "data:image/png;base64," + Convert.ToBase64String(File.ReadAllBytes(folder.File("huge.png")));
        var path = Svg($"""<image x="0" y="0" width="100" height="100" href="{data}"/>""");

        var removed = Assert.Single(SafeSvg.Removed(path));

        Assert.Equal(3, removed.Line);
        Assert.StartsWith("<image href=\"data:image/png;base64,", removed.Description);
        Assert.EndsWith("> is too large: it is 60000x60000 pixels; an image may be at most 16384 pixels on its longest side (see docs/limits.md) — scale it down", removed.Description);
        // Drawn without it: the blue backdrop, and no 14 GB allocation.
        Assert.Equal(SKColors.Blue, Centre(path));
    }

    [Fact]
    public void An_svg_with_an_external_entity_is_not_resolved()
    {
        var secret = folder.File("secret.txt");
        File.WriteAllText(secret, "SECRET");
        var path = folder.File("logo.svg");
        File.WriteAllText(path, $"""
            <?xml version="1.0"?>
            <!DOCTYPE svg [ <!ENTITY leak SYSTEM "file://{secret}"> ]>
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&leak;</text></svg>
            """);

        var problem = Assert.Single(SafeSvg.Removed(path));

        Assert.Contains("not an SVG that can be read safely", problem.Description);
        Assert.DoesNotContain("SECRET", new StreamReader(SafeSvg.Open(path)).ReadToEnd());
    }
}
