using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Release;
using LegacyPress.Core.Loading;
using LegacyPress.Promo.Drawing;
using LegacyPress.Promo.Layout;
using LegacyPress.Promo.Platforms;
using LegacyPress.Promo.Templates;
using SkiaSharp;

namespace LegacyPress.Promo.Layers;

/// <summary>
/// A logo or mark from a project file — SVG (drawn as vectors through Svg.Skia) or PNG — fitted whole and
/// centred in its box: <c>logo: promo/studio-logo.svg</c>.
/// </summary>
public sealed record LogoLayer(string RelativePath, double Opacity, LayerBox Box, SourceLocation Location) : PromoLayer(Box, Location)
{
    public const string Key = "logo";

    public override string Kind => Key;

    internal static PromoLayer? Read(LayerReader r)
    {
        var path = r.ValueText;
        if (string.IsNullOrWhiteSpace(path))
        {
            r.Error(Key, "logo needs a file in the project (.svg or .png)");
            return null;
        }
        return new LogoLayer(path, r.Fraction("opacity", 1), r.Box(FrameReference.Safe), r.Location);
    }

    public override bool IsType => true;

    public override IEnumerable<Diagnostic> Check(PromoServices services)
    {
        var (full, problem) = ProjectPaths.ResolveFile(services.Film.Project.Directory, RelativePath);
        if (problem is not null || full is null)
        {
            yield return new Diagnostic(Location, problem == "not found" ? $"logo: '{RelativePath}' not found in the project" : $"logo: '{RelativePath}' {problem}");
        }
        else if (full.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            // A logo draws only what it holds: an image, stylesheet or use that reaches out (a file, a web address), or an
            // embedded image too large to decode, is refused here and stripped when drawn.
            foreach (var reference in SafeSvg.Removed(full))
            {
                yield return new Diagnostic(Location, $"logo: '{RelativePath}' line {reference.Line}: {reference.Description}");
            }
        }
        else if (ImageFiles.CheckFile(full) is { Problem: { } notAPicture })
        {
            // Any other logo is decoded as a picture: refused from its header when it is not one, or too large to decode.
            yield return new Diagnostic(Location, $"logo: '{RelativePath}' {notAPicture}");
        }
    }

    public override IEnumerable<FingerprintInput> Reads(PromoServices services, string name) =>
        [FingerprintInput.File(name + " file", services.Film.Project.Resolve(RelativePath))];

    public override void Draw(LayerCanvas target) =>
        VectorArt.DrawContained(target.Canvas, target.Services.Film.Project.Resolve(RelativePath), target.Resolve(Box), Opacity, target.Services.Images);
}
