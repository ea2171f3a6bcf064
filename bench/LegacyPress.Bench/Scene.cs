using LegacyPress.Core.Model;
using LegacyPress.TestSupport.Measurement;
using SkiaSharp;

namespace LegacyPress.Bench;

/// <summary>
/// The benchmarked shot: a textured still, its 16:9 band (whole pixels, so zoompan can be given the same crop),
/// and a Ken Burns path over the band, written once as a LegacyPress path and once as zoompan expressions.
/// </summary>
internal sealed class Scene : IDisposable
{
    public Scene(string folder, int stillWidth, int stillHeight, int frameWidth, int frameHeight, int frames, double endZoom, (double X, double Y) endCenter, bool colour,
        double startZoom = 1.0, (double X, double Y)? startCenter = null)
    {
        FrameWidth = frameWidth;
        FrameHeight = frameHeight;
        Frames = frames;
        Still = TexturedStill.Create(stillWidth, stillHeight, seed: 11);
        // The largest 16:9 band of whole pixels, centred.
        var unit = Math.Min(stillWidth / 16, stillHeight / 9);
        BandWidth = unit * 16;
        BandHeight = unit * 9;
        BandLeft = (stillWidth - BandWidth) / 2;
        BandTop = (stillHeight - BandHeight) / 2;
        Path = KenBurnsPath.Over(new SourceRect(BandLeft, BandTop, BandWidth, BandHeight), frames, startZoom, endZoom, startCenter ?? (0.5, 0.5), endCenter);
        Image = colour ? Colourise(Still) : Still.ToSkImage();
        PngPath = System.IO.Path.Combine(folder, colour ? "still-colour.png" : "still-grey.png");
        using (var data = Image.Encode(SKEncodedImageFormat.Png, 100))
        using (var file = File.Create(PngPath))
        {
            data.SaveTo(file);
        }
    }

    public GrayImage Still { get; }

    public SKImage Image { get; }

    public string PngPath { get; }

    public KenBurnsPath Path { get; }

    public int FrameWidth { get; }

    public int FrameHeight { get; }

    public int Frames { get; }

    public int BandLeft { get; }

    public int BandTop { get; }

    public int BandWidth { get; }

    public int BandHeight { get; }

    public KenBurnsDrawer Drawer() => new(Image, Path, FrameWidth, FrameHeight, new FrameRate(30));

    /// <summary>zoompan following the same path: zoom and centre linear in the output frame number.</summary>
    public string ZoompanFilter(int? upscaleWidth = null)
    {
        var last = Math.Max(1, Frames - 1);
        string F(double v) => v.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
        var p = Path;
        var zoom = $"{F(p.StartZoom)}+{F(p.EndZoom - p.StartZoom)}*on/{last}";
        var x = $"iw*({F(p.StartCenterX)}+{F(p.EndCenterX - p.StartCenterX)}*on/{last})-iw/zoom/2";
        var y = $"ih*({F(p.StartCenterY)}+{F(p.EndCenterY - p.StartCenterY)}*on/{last})-ih/zoom/2";
        var crop = $"crop={BandWidth}:{BandHeight}:{BandLeft}:{BandTop}";
        var scale = upscaleWidth is { } w ? $",scale={w}:-1" : "";
        return $"{crop}{scale},zoompan=z='{zoom}':x='{x}':y='{y}':d={Frames}:s={FrameWidth}x{FrameHeight}:fps=30";
    }

    public void Dispose() => Image.Dispose();

    /// <summary>The grey texture as an RGB picture, so ffmpeg and Skia both work in colour as with a real still.</summary>
    private static SKImage Colourise(GrayImage grey)
    {
        var info = new SKImageInfo(grey.WidthPixels, grey.HeightPixels, SKColorType.Rgba8888, SKAlphaType.Opaque);
        var bytes = new byte[grey.Values.Length * 4];
        Parallel.For(0, grey.HeightPixels, y =>
        {
            for (var x = 0; x < grey.WidthPixels; x++)
            {
                var i = y * grey.WidthPixels + x;
                var v = grey.Values[i];
                bytes[4 * i] = (byte)Math.Clamp(v * 1.1f, 0, 255);
                bytes[4 * i + 1] = (byte)Math.Clamp(v * 0.85f + 20, 0, 255);
                bytes[4 * i + 2] = (byte)Math.Clamp(255 - v, 0, 255);
                bytes[4 * i + 3] = 255;
            }
        });
        using var data = SKData.CreateCopy(bytes);
        return SKImage.FromPixels(info, data, info.RowBytes)!;
    }
}
