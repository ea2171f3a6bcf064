using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Model;
using LegacyPress.Core.Release;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Platforms;
using LegacyPress.Promo.Templates;
using SkiaSharp;

namespace LegacyPress.Promo.Layers;

/// <summary>
/// A picture filling its box: cover (cropped around the shot's focus point, optionally zoomed) or contain
/// (whole, letterboxed). <c>image: key-art</c>, <c>image: shot:portal-opens</c>, <c>image: frame:42.5</c>.
/// </summary>
public sealed record ImageLayer(ImageSource Source, Fit Fit, FocusPoint? Focus, double Zoom, double Opacity, LayerBox Box, SourceLocation Location)
    : PromoLayer(Box, Location)
{
    public const string Key = "image";

    public override string Kind => Key;

    private static readonly IReadOnlyDictionary<string, Fit> Fits = new Dictionary<string, Fit> { ["cover"] = Fit.Cover, ["contain"] = Fit.Contain };

    internal static PromoLayer? Read(LayerReader r)
    {
        var text = r.ValueText;
        var source = text is null ? null : ImageSource.Parse(text);
        if (source is null)
        {
            r.Error(Key, $"image must be {ImageSource.Syntax}, got '{text}'");
        }
        var fit = r.Choice("fit", Fits, "fit", Fit.Cover);
        var focus = r.Point("focus") is { } p ? new FocusPoint(p.X, p.Y) : (FocusPoint?)null;
        var zoom = r.Map.NumberInRange("zoom", 1, 8) ?? 1;
        var opacity = r.Fraction("opacity", 1);
        var box = r.Box(FrameReference.Canvas);
        return source is null ? null : new ImageLayer(source, fit, focus, zoom, opacity, box, r.Location);
    }

    public override IEnumerable<Diagnostic> Check(PromoServices services)
    {
        switch (Source)
        {
            case ImageSource.ShotStill s when services.Images.FindShot(s.ShotId) is null:
                yield return new Diagnostic(Location, $"image: the film has no shot '{s.ShotId}'{DidYouMean.Hint(s.ShotId, services.Film.Shots.Select(x => x.Id))}");
                break;
            // Inside the project, a regular file, and a picture within the size limits by its header: what drawing it will require.
            case ImageSource.ProjectFile f when ImageFiles.Check(services.Film.Project.Directory, f.RelativePath) is { Problem: { } problem }:
                yield return new Diagnostic(Location, problem == "not found"
                    ? $"image: file '{f.RelativePath}' not found in the project"
                    : $"image: file '{f.RelativePath}' {problem}");
                break;
        }
    }

    public override IEnumerable<FingerprintInput> Reads(PromoServices services, string name)
    {
        switch (Source)
        {
            case ImageSource.KeyArt:
                return StillReads(services, name, services.KeyArtShot);
            case ImageSource.PortraitKeyArt:
                return StillReads(services, name, services.PortraitKeyArtShot);
            case ImageSource.ShotStill s:
                return StillReads(services, name, services.Images.FindShot(s.ShotId)!);
            case ImageSource.FilmFrame:
                // A film frame shows whatever the timeline puts there, graded: coarse on purpose, frames are rare in templates.
                return [FingerprintInput.Value(name + " timeline", services.Timeline), FingerprintInput.Value(name + " look", services.Film.Look),
                    .. StillInputs.Of(services.Film, services.Timeline, name + " still")];
            case ImageSource.ProjectFile f:
                return [FingerprintInput.File(name + " file", services.Film.Project.Resolve(f.RelativePath))];
            default:
                throw new InvalidOperationException($"unhandled image source {Source}");
        }
    }

    // A still shown cropped around its focus point reads the still's bytes and the focus, not the shot's motion or words.
    private static IEnumerable<FingerprintInput> StillReads(PromoServices services, string name, Shot shot) =>
    [
        FingerprintInput.Text(name + " shot", shot.Id),
        FingerprintInput.Value(name + " focus", shot.Focus),
        FingerprintInput.File(name + " still", services.Film.Project.Resolve(shot.ImagePath)),
    ];

    public override void Draw(LayerCanvas target)
    {
        var (image, focus) = Picture(target.Services);
        var box = target.Resolve(Box);
        using var paint = new SKPaint { Color = SKColors.White.WithAlpha((byte)Math.Round(Opacity * 255)), IsAntialias = true };
        var sampling = new SKSamplingOptions(SKCubicResampler.Mitchell);
        var size = new PixelSize(image.Width, image.Height);
        if (Fit == Fit.Cover)
        {
            var crop = CoverCrop.Cover(size, box, Focus ?? focus, Zoom);
            target.Canvas.DrawImage(image, LayerCanvas.ToSkia(crop), LayerCanvas.ToSkia(box), sampling, paint);
        }
        else
        {
            target.Canvas.DrawImage(image, LayerCanvas.ToSkia(CoverCrop.Contain(size, box)), sampling, paint);
        }
    }

    /// <summary>
    /// Where the subject of the shot this layer shows (its focus point) lands on the canvas, through the same crop
    /// drawing uses; null for film frames and project files, whose subject is not known.
    /// </summary>
    public PixelPoint? Subject(PromoServices services, PlatformSpec platform)
    {
        if (ShownShot(services) is not { } shot)
        {
            return null;
        }
        var image = services.Images.Shot(shot);
        var size = new PixelSize(image.Width, image.Height);
        var box = Box.Resolve(platform);
        return Fit == Fit.Cover
            ? CoverCrop.OnCanvas(size, CoverCrop.Cover(size, box, Focus ?? shot.Focus, Zoom), box, shot.Focus)
            : CoverCrop.OnCanvas(size, new PixelRect(0, 0, size.Width, size.Height), CoverCrop.Contain(size, box), shot.Focus);
    }

    private Shot? ShownShot(PromoServices services) => Source switch
    {
        ImageSource.KeyArt => services.KeyArtShot,
        ImageSource.PortraitKeyArt => services.PortraitKeyArtShot,
        ImageSource.ShotStill s => services.Images.FindShot(s.ShotId),
        _ => null,
    };

    private (SKImage Image, FocusPoint Focus) Picture(PromoServices services)
    {
        if (ShownShot(services) is { } shot)
        {
            return (services.Images.Shot(shot), shot.Focus);
        }
        switch (Source)
        {
            case ImageSource.FilmFrame f:
                return (services.Images.Frame(f.Seconds), services.Images.ShotAt(f.Seconds)?.Focus ?? FocusPoint.Centre);
            case ImageSource.ProjectFile file:
                return (services.Images.File(services.Film.Project.Resolve(file.RelativePath)), FocusPoint.Centre);
            default:
                throw new InvalidOperationException($"unhandled image source {Source}");
        }
    }
}
