using System.Globalization;

namespace LegacyPress.Promo.Layers;

/// <summary>Which picture an image layer shows: the key art, a shot's still, a frame of the film, or a project file.</summary>
public abstract record ImageSource
{
    /// <summary>The shot named by <c>promo.key_art</c> (else the first trailer shot, else the first shot).</summary>
    public sealed record KeyArt : ImageSource;

    /// <summary>The shot named by <c>promo.key_art_portrait</c> (else the key art): for posters, stories and phones.</summary>
    public sealed record PortraitKeyArt : ImageSource;

    public sealed record ShotStill(string ShotId) : ImageSource;

    /// <summary>The rendered film's frame at a time: titles, grade and motion included.</summary>
    public sealed record FilmFrame(double Seconds) : ImageSource;

    public sealed record ProjectFile(string RelativePath) : ImageSource;

    public const string Syntax = "'key-art', 'key-art-portrait', 'shot:<id>', 'frame:<seconds>' or 'file:<path in the project>'";

    public static ImageSource? Parse(string text)
    {
        switch (text)
        {
            case "key-art":
                return new KeyArt();
            case "key-art-portrait":
                return new PortraitKeyArt();
        }
        var colon = text.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }
        var value = text[(colon + 1)..].Trim();
        return text[..colon] switch
        {
            "shot" when value.Length > 0 => new ShotStill(value),
            "file" when value.Length > 0 => new ProjectFile(value),
            "frame" when double.TryParse(value.TrimEnd('s'), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0 => new FilmFrame(s),
            _ => null,
        };
    }
}
